using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Tests.Questionnaires;

public class Phq9ScoringTests
{
    [Theory]
    [InlineData(0, "minimal", false)]
    [InlineData(4, "minimal", false)]
    [InlineData(5, "mild", false)]
    [InlineData(9, "mild", false)]
    [InlineData(10, "moderate", true)]
    [InlineData(14, "moderate", true)]
    [InlineData(15, "moderately-severe", true)]
    [InlineData(19, "moderately-severe", true)]
    [InlineData(20, "severe", true)]
    [InlineData(27, "severe", true)]
    public void Total_falls_in_its_inclusive_band_and_caseness_starts_at_10(int total, string band, bool atCaseness)
    {
        var result = Answers.Scored(MeasureId.Phq9, Answers.Totalling(MeasureId.Phq9, total));

        Assert.Equal(total, result.Total);
        Assert.Equal(band, result.Band.Code);
        Assert.Equal(atCaseness, result.AtCaseness);
    }

    [Theory]
    [InlineData(new[] { 1, 1, 1, 1, 1, 1, 1, 1, 1 }, 9, "mild")]
    [InlineData(new[] { 3, 3, 2, 2, 0, 0, 0, 0, 0 }, 10, "moderate")]
    [InlineData(new[] { 0, 0, 3, 3, 3, 3, 3, 3, 0 }, 18, "moderately-severe")]
    public void Total_is_the_sum_of_all_nine_items(int[] values, int total, string band)
    {
        var result = Answers.Scored(MeasureId.Phq9, Answers.Of(MeasureId.Phq9, values));

        Assert.Equal(total, result.Total);
        Assert.Equal(band, result.Band.Code);
    }

    [Theory]
    [InlineData(0, RiskLevel.None)]
    [InlineData(1, RiskLevel.Flag)]
    [InlineData(2, RiskLevel.Urgent)]
    [InlineData(3, RiskLevel.Urgent)]
    public void Item_9_raises_a_flag_above_0_and_is_urgent_at_2_or_3(int item9, RiskLevel risk)
    {
        var result = Answers.Scored(MeasureId.Phq9, Answers.Of(MeasureId.Phq9, 0, 0, 0, 0, 0, 0, 0, 0, item9));

        Assert.Equal(risk, result.Risk);
        Assert.Equal("minimal", result.Band.Code);
    }

    [Fact]
    public void A_severe_score_without_item_9_raises_no_risk_flag()
    {
        var result = Answers.Scored(MeasureId.Phq9, Answers.Of(MeasureId.Phq9, 3, 3, 3, 3, 3, 3, 3, 3, 0));

        Assert.Equal(24, result.Total);
        Assert.Equal(RiskLevel.None, result.Risk);
    }
}
