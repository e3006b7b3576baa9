using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Tests.Questionnaires;

public class AuditScoringTests
{
    [Theory]
    [InlineData(0, "lower-risk")]
    [InlineData(7, "lower-risk")]
    [InlineData(8, "increasing-risk")]
    [InlineData(15, "increasing-risk")]
    [InlineData(16, "higher-risk")]
    [InlineData(19, "higher-risk")]
    [InlineData(20, "possible-dependence")]
    [InlineData(40, "possible-dependence")]
    public void Total_falls_in_its_inclusive_band(int total, string band)
    {
        var result = Answers.Scored(MeasureId.Audit, Answers.Totalling(MeasureId.Audit, total));

        Assert.Equal(total, result.Total);
        Assert.Equal(band, result.Band.Code);
        Assert.Null(result.AtCaseness);
    }

    [Fact]
    public void Harm_and_concern_items_count_2_or_4_towards_the_total()
    {
        var result = Answers.Scored(MeasureId.Audit, Answers.Of(MeasureId.Audit, 2, 1, 1, 0, 0, 0, 0, 0, 2, 4));

        Assert.Equal(10, result.Total);
        Assert.Equal("increasing-risk", result.Band.Code);
    }
}
