using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Tests.Questionnaires;

public class ScreeningBranchingTests
{
    [Fact]
    public void Screening_starts_with_the_phq2()
    {
        var asked = new Screen().Asked();

        Assert.Equal(MeasureId.Phq2, asked.Measure);
        Assert.Equal(["phq9.1", "phq9.2"], asked.Items.Select(i => i.Id));
        Assert.Equal(new ScreeningProgress(0, 4), asked.Progress);
        Assert.Equal(RiskLevel.None, asked.RiskSoFar);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(3, 3)]
    public void The_self_harm_item_is_asked_straight_after_the_phq2_whatever_it_shows(int first, int second)
    {
        var asked = new Screen().Answer(MeasureId.Phq2, first, second).Asked();

        Assert.Equal(MeasureId.Phq9, asked.Measure);
        Assert.Equal(["phq9.9"], asked.Items.Select(i => i.Id));
    }

    [Fact]
    public void Negative_brief_screens_complete_after_four_steps()
    {
        var screen = new Screen().AnswerBriefScreensNegative();

        var complete = screen.Completed();
        Assert.Equal([MeasureId.Phq2, MeasureId.Gad2, MeasureId.AuditC], complete.Results.Select(r => r.Measure));
        Assert.Equal(new ScreeningProgress(4, 4), complete.Progress);
    }

    [Theory]
    [InlineData(1, 1, false)]
    [InlineData(2, 0, false)]
    [InlineData(2, 1, true)]
    [InlineData(0, 3, true)]
    public void Phq2_of_3_or_more_goes_on_to_the_rest_of_the_phq9(int first, int second, bool followsUp)
    {
        var screen = new Screen()
            .Answer(MeasureId.Phq2, first, second)
            .Answer(MeasureId.Phq9, 0)
            .Answer(MeasureId.Gad2, 0, 0)
            .Answer(MeasureId.AuditC, 0, 0, 0);

        AssertFollowUp(screen, followsUp, MeasureId.Phq9, ["phq9.3", "phq9.4", "phq9.5", "phq9.6", "phq9.7", "phq9.8"]);
    }

    [Theory]
    [InlineData(1, 1, false)]
    [InlineData(0, 2, false)]
    [InlineData(1, 2, true)]
    [InlineData(3, 3, true)]
    public void Gad2_of_3_or_more_goes_on_to_the_rest_of_the_gad7(int first, int second, bool followsUp)
    {
        var screen = new Screen()
            .Answer(MeasureId.Phq2, 0, 0)
            .Answer(MeasureId.Phq9, 0)
            .Answer(MeasureId.Gad2, first, second)
            .Answer(MeasureId.AuditC, 0, 0, 0);

        AssertFollowUp(screen, followsUp, MeasureId.Gad7, ["gad7.3", "gad7.4", "gad7.5", "gad7.6", "gad7.7"]);
    }

    [Theory]
    [InlineData(2, 2, 0, false)]
    [InlineData(4, 0, 0, false)]
    [InlineData(2, 2, 1, true)]
    [InlineData(4, 4, 4, true)]
    public void Audit_c_of_5_or_more_goes_on_to_the_remaining_seven_audit_items(
        int first,
        int second,
        int third,
        bool followsUp
    )
    {
        var screen = new Screen()
            .Answer(MeasureId.Phq2, 0, 0)
            .Answer(MeasureId.Phq9, 0)
            .Answer(MeasureId.Gad2, 0, 0)
            .Answer(MeasureId.AuditC, first, second, third);

        AssertFollowUp(
            screen,
            followsUp,
            MeasureId.Audit,
            ["audit.4", "audit.5", "audit.6", "audit.7", "audit.8", "audit.9", "audit.10"]
        );
    }

    [Fact]
    public void Full_measures_follow_all_brief_screens_then_the_hubs_optional_measures_in_its_order()
    {
        var screen = new Screen(new ScreeningConfiguration([MeasureId.Wsas, MeasureId.Pcl5], ScoringOptions.Default))
            .Answer(MeasureId.Phq2, 3, 3)
            .Answer(MeasureId.Phq9, 0)
            .Answer(MeasureId.Gad2, 3, 3)
            .Answer(MeasureId.AuditC, 4, 4, 4)
            .Answer(MeasureId.Phq9, 1, 1, 1, 1, 1, 1)
            .Answer(MeasureId.Gad7, 1, 1, 1, 1, 1)
            .Answer(MeasureId.Audit, 0, 0, 0, 0, 0, 0, 0)
            .Answer(MeasureId.Wsas, 0, 0, 0, 0, 0);

        Assert.Equal(MeasureId.Pcl5, screen.Asked().Measure);
        Assert.Equal(20, screen.Asked().Items.Count);
        Assert.Equal(new ScreeningProgress(8, 9), screen.Asked().Progress);
    }

    private static void AssertFollowUp(Screen screen, bool followsUp, MeasureId full, string[] items)
    {
        if (!followsUp)
        {
            Assert.DoesNotContain(screen.Completed().Results, r => r.Measure == full);
            return;
        }

        var asked = screen.Asked();
        Assert.Equal(full, asked.Measure);
        Assert.Equal(items, asked.Items.Select(i => i.Id));
        Assert.Equal(new ScreeningProgress(4, 5), asked.Progress);
    }
}
