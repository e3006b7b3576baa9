using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Tests.Questionnaires;

public class ScreeningResultsTests
{
    [Fact]
    public void The_full_phq9_reuses_the_phq2_answers_and_the_self_harm_answer()
    {
        var complete = new Screen()
            .Answer(MeasureId.Phq2, 2, 2)
            .Answer(MeasureId.Phq9, 1)
            .Answer(MeasureId.Gad2, 0, 0)
            .Answer(MeasureId.AuditC, 0, 0, 0)
            .Answer(MeasureId.Phq9, 1, 1, 1, 1, 1, 1)
            .Completed();

        var phq9 = complete.ResultFor(MeasureId.Phq9)!;
        Assert.Equal(
            (11, "moderate", (bool?)true, RiskLevel.Flag),
            (phq9.Total, phq9.Band.Code, phq9.AtCaseness, phq9.Risk)
        );
        var phq2 = complete.ResultFor(MeasureId.Phq2)!;
        Assert.Equal((4, "positive"), (phq2.Total, phq2.Band.Code));
    }

    [Fact]
    public void The_full_gad7_reuses_the_gad2_answers()
    {
        var complete = new Screen()
            .Answer(MeasureId.Phq2, 0, 0)
            .Answer(MeasureId.Phq9, 0)
            .Answer(MeasureId.Gad2, 3, 0)
            .Answer(MeasureId.AuditC, 0, 0, 0)
            .Answer(MeasureId.Gad7, 1, 1, 1, 1, 1)
            .Completed();

        var gad7 = complete.ResultFor(MeasureId.Gad7)!;
        Assert.Equal((8, "mild", (bool?)true), (gad7.Total, gad7.Band.Code, gad7.AtCaseness));
    }

    [Fact]
    public void The_full_audit_reuses_the_three_audit_c_answers()
    {
        var complete = new Screen()
            .Answer(MeasureId.Phq2, 0, 0)
            .Answer(MeasureId.Phq9, 0)
            .Answer(MeasureId.Gad2, 0, 0)
            .Answer(MeasureId.AuditC, 2, 2, 1)
            .Answer(MeasureId.Audit, 1, 0, 0, 0, 0, 2, 0)
            .Completed();

        Assert.Equal(
            (5, "positive"),
            (complete.ResultFor(MeasureId.AuditC)!.Total, complete.ResultFor(MeasureId.AuditC)!.Band.Code)
        );
        Assert.Equal(
            (8, "increasing-risk"),
            (complete.ResultFor(MeasureId.Audit)!.Total, complete.ResultFor(MeasureId.Audit)!.Band.Code)
        );
    }

    [Theory]
    [InlineData(0, RiskLevel.None)]
    [InlineData(1, RiskLevel.Flag)]
    [InlineData(2, RiskLevel.Urgent)]
    [InlineData(3, RiskLevel.Urgent)]
    public void Self_harm_answer_is_reported_at_once_and_at_the_end_even_when_the_phq2_is_negative(
        int item9,
        RiskLevel risk
    )
    {
        var screen = new Screen().Answer(MeasureId.Phq2, 0, 0).Answer(MeasureId.Phq9, item9);

        Assert.Equal(risk, screen.Asked().RiskSoFar);
        var complete = screen.Answer(MeasureId.Gad2, 0, 0).Answer(MeasureId.AuditC, 0, 0, 0).Completed();
        Assert.Equal(risk, complete.Risk);
        Assert.Null(complete.ResultFor(MeasureId.Phq9));
    }

    [Theory]
    [InlineData(ScreeningSource.Online)]
    [InlineData(ScreeningSource.Phone)]
    public void A_phone_screening_follows_the_same_plan_and_records_its_source(ScreeningSource source)
    {
        var complete = new Screen(ScreeningConfiguration.Default, source)
            .Answer(MeasureId.Phq2, 1, 2)
            .Answer(MeasureId.Phq9, 0)
            .Answer(MeasureId.Gad2, 0, 1)
            .Answer(MeasureId.AuditC, 1, 1, 1)
            .Answer(MeasureId.Phq9, 0, 0, 0, 0, 0, 0)
            .Completed();

        Assert.Equal(source, complete.Source);
        Assert.Equal(
            [MeasureId.Phq2, MeasureId.Phq9, MeasureId.Gad2, MeasureId.AuditC],
            complete.Results.Select(r => r.Measure)
        );
    }

    [Theory]
    [InlineData(31, "probable-ptsd")]
    [InlineData(33, "below-cut-off")]
    public void Optional_measures_are_scored_with_the_hubs_cut_off(int cutOff, string band)
    {
        var complete = new Screen(
            new ScreeningConfiguration([MeasureId.Pcl5, MeasureId.Itq], new ScoringOptions(cutOff))
        )
            .AnswerBriefScreensNegative()
            .Answer(MeasureId.Pcl5, [.. Answers.Totalling(MeasureId.Pcl5, 31).Values])
            .Answer(MeasureId.Itq, 2, 0, 2, 0, 2, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            .Completed();

        Assert.Equal(band, complete.ResultFor(MeasureId.Pcl5)!.Band.Code);
        Assert.Equal("ptsd", complete.ResultFor(MeasureId.Itq)!.Band.Code);
    }
}
