using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Tests.Questionnaires;

public class ScreeningInvalidTests
{
    [Theory]
    [InlineData(MeasureId.Phq2, "phq9.1", 4, ProblemKind.ValueNotAllowed)]
    [InlineData(MeasureId.Phq9, "phq9.9", -1, ProblemKind.ValueNotAllowed)]
    [InlineData(MeasureId.Phq9, "phq9.1", 0, ProblemKind.UnexpectedItem)]
    [InlineData(MeasureId.Phq9, "phq9.3", 0, ProblemKind.UnexpectedItem)]
    [InlineData(MeasureId.Gad7, "gad7.3", 0, ProblemKind.UnexpectedItem)]
    [InlineData(MeasureId.Isi, "isi.1", 0, ProblemKind.UnexpectedItem)]
    [InlineData(MeasureId.AuditC, "audit.4", 0, ProblemKind.UnexpectedItem)]
    public void Answers_the_plan_cannot_use_are_rejected_naming_the_item(
        MeasureId measure,
        string itemId,
        int value,
        ProblemKind kind
    )
    {
        var recorded = new Screen()
            .Answer(MeasureId.Phq2, 1, 1)
            .Recorded.Record(measure, new Dictionary<string, int> { [itemId] = value });

        var invalid = Assert.IsType<ScreeningInvalid>(ScreeningPlan.Next(ScreeningConfiguration.Default, recorded));

        var problem = Assert.Single(invalid.Problems);
        Assert.Equal((measure, itemId, kind), (problem.Measure, problem.ItemId, problem.Kind));
    }

    [Fact]
    public void Follow_up_answers_are_accepted_once_the_brief_screen_is_positive()
    {
        var recorded = new Screen()
            .Answer(MeasureId.Phq2, 2, 1)
            .Recorded.Record(MeasureId.Phq9, new Dictionary<string, int> { ["phq9.3"] = 2 });

        Assert.IsType<AskQuestions>(ScreeningPlan.Next(ScreeningConfiguration.Default, recorded));
    }

    [Theory]
    [InlineData(new[] { MeasureId.Phq9 })]
    [InlineData(new[] { MeasureId.Gad2 })]
    [InlineData(new[] { MeasureId.Audit })]
    [InlineData(new[] { MeasureId.Isi, MeasureId.Isi })]
    public void A_hub_cannot_add_a_core_measure_or_the_same_measure_twice(MeasureId[] optional)
    {
        var configuration = new ScreeningConfiguration(optional, ScoringOptions.Default);

        var invalid = Assert.IsType<ScreeningInvalid>(
            ScreeningPlan.Next(configuration, ScreeningAnswers.None(ScreeningSource.Online))
        );

        var problem = Assert.Single(invalid.Problems);
        Assert.Equal((optional[0], ProblemKind.InvalidConfiguration), (problem.Measure, problem.Kind));
    }

    [Theory]
    [InlineData(30, false)]
    [InlineData(31, true)]
    [InlineData(33, true)]
    [InlineData(34, false)]
    public void A_hub_may_include_every_optional_measure_with_a_pcl5_cut_off_of_31_to_33(int cutOff, bool valid)
    {
        var configuration = new ScreeningConfiguration(
            [MeasureId.Pcl5, MeasureId.Itq, MeasureId.Isi, MeasureId.Wsas],
            new ScoringOptions(cutOff)
        );

        Assert.Equal(valid, configuration.Check().Count == 0);
        Assert.Equal(
            valid,
            ScreeningPlan.Next(configuration, ScreeningAnswers.None(ScreeningSource.Online)) is AskQuestions
        );
    }
}
