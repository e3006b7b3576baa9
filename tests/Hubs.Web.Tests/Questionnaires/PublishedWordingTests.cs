using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Tests.Questionnaires;

/// <summary>PHQ-9 and GAD-7 are asked in their published words (free to reproduce), never paraphrased.</summary>
public sealed class PublishedWordingTests
{
    [Fact]
    public void Phq9_items_and_answers_are_the_published_wording()
    {
        var phq9 = Catalogue.Get(MeasureId.Phq9);

        Assert.Equal(
            "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
            phq9.Instruction
        );
        Assert.Equal("Little interest or pleasure in doing things", phq9.Items[0].Text);
        Assert.Equal("Feeling down, depressed, or hopeless", phq9.Items[1].Text);
        Assert.Equal(
            "Thoughts that you would be better off dead or of hurting yourself in some way",
            phq9.Items[8].Text
        );
        Assert.Equal(
            ["Not at all", "Several days", "More than half the days", "Nearly every day"],
            phq9.Items[8].Options.Select(a => a.Label)
        );
    }

    [Fact]
    public void Gad7_items_are_the_published_wording()
    {
        var gad7 = Catalogue.Get(MeasureId.Gad7);

        Assert.Equal("Feeling nervous, anxious or on edge", gad7.Items[0].Text);
        Assert.Equal("Not being able to stop or control worrying", gad7.Items[1].Text);
        Assert.Equal("Feeling afraid as if something awful might happen", gad7.Items[6].Text);
    }
}
