using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Tests.Questionnaires;

public class Gad7ScoringTests
{
    [Theory]
    [InlineData(0, "minimal")]
    [InlineData(4, "minimal")]
    [InlineData(5, "mild")]
    [InlineData(9, "mild")]
    [InlineData(10, "moderate")]
    [InlineData(14, "moderate")]
    [InlineData(15, "severe")]
    [InlineData(21, "severe")]
    public void Total_falls_in_its_inclusive_band(int total, string band)
    {
        var result = Answers.Scored(MeasureId.Gad7, Answers.Totalling(MeasureId.Gad7, total));

        Assert.Equal(total, result.Total);
        Assert.Equal(band, result.Band.Code);
        Assert.Equal(RiskLevel.None, result.Risk);
    }

    [Theory]
    [InlineData(7, false)]
    [InlineData(8, true)]
    [InlineData(9, true)]
    public void Caseness_starts_at_8_which_is_inside_the_mild_band(int total, bool atCaseness)
    {
        var result = Answers.Scored(MeasureId.Gad7, Answers.Totalling(MeasureId.Gad7, total));

        Assert.Equal(atCaseness, result.AtCaseness);
        Assert.Equal("mild", result.Band.Code);
    }
}
