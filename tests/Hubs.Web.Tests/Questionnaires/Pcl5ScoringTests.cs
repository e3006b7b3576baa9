using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Tests.Questionnaires;

public class Pcl5ScoringTests
{
    [Theory]
    [InlineData(0, "below-cut-off")]
    [InlineData(32, "below-cut-off")]
    [InlineData(33, "probable-ptsd")]
    [InlineData(80, "probable-ptsd")]
    public void Default_cut_off_is_33(int total, string band)
    {
        var result = Answers.Scored(MeasureId.Pcl5, Answers.Totalling(MeasureId.Pcl5, total));

        Assert.Equal(total, result.Total);
        Assert.Equal(band, result.Band.Code);
        Assert.Null(result.AtCaseness);
    }

    [Theory]
    [InlineData(31, 30, "below-cut-off")]
    [InlineData(31, 31, "probable-ptsd")]
    [InlineData(32, 31, "below-cut-off")]
    [InlineData(32, 32, "probable-ptsd")]
    [InlineData(33, 32, "below-cut-off")]
    [InlineData(33, 33, "probable-ptsd")]
    public void A_hub_may_set_the_cut_off_anywhere_from_31_to_33(int cutOff, int total, string band)
    {
        var result = Answers.Scored(
            MeasureId.Pcl5,
            Answers.Totalling(MeasureId.Pcl5, total),
            new ScoringOptions(cutOff)
        );

        Assert.Equal(band, result.Band.Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(30)]
    [InlineData(34)]
    [InlineData(80)]
    public void A_cut_off_outside_31_to_33_is_rejected(int cutOff)
    {
        var error = Answers.Rejected(MeasureId.Pcl5, Answers.Totalling(MeasureId.Pcl5, 40), new ScoringOptions(cutOff));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(ProblemKind.InvalidConfiguration, problem.Kind);
        Assert.Equal(MeasureId.Pcl5, problem.Measure);
        Assert.Contains(
            cutOff.ToString(System.Globalization.CultureInfo.InvariantCulture),
            problem.Message,
            StringComparison.Ordinal
        );
        Assert.NotEmpty(new ScoringOptions(cutOff).Check());
    }

    [Fact]
    public void The_pcl5_cut_off_does_not_affect_other_measures()
    {
        var result = Answers.Scored(MeasureId.Phq9, Answers.Totalling(MeasureId.Phq9, 12), new ScoringOptions(40));

        Assert.Equal("moderate", result.Band.Code);
    }
}
