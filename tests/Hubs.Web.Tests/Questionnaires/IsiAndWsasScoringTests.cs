using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Tests.Questionnaires;

public class IsiAndWsasScoringTests
{
    [Theory]
    [InlineData(0, "none")]
    [InlineData(7, "none")]
    [InlineData(8, "subthreshold")]
    [InlineData(14, "subthreshold")]
    [InlineData(15, "moderate")]
    [InlineData(21, "moderate")]
    [InlineData(22, "severe")]
    [InlineData(28, "severe")]
    public void Isi_total_falls_in_its_inclusive_band(int total, string band)
    {
        var result = Answers.Scored(MeasureId.Isi, Answers.Totalling(MeasureId.Isi, total));

        Assert.Equal(total, result.Total);
        Assert.Equal(band, result.Band.Code);
    }

    [Theory]
    [InlineData(0, "subclinical")]
    [InlineData(9, "subclinical")]
    [InlineData(10, "significant")]
    [InlineData(20, "significant")]
    [InlineData(21, "moderately-severe-or-worse")]
    [InlineData(40, "moderately-severe-or-worse")]
    public void Wsas_is_subclinical_below_10_and_moderately_severe_above_20(int total, string band)
    {
        var result = Answers.Scored(MeasureId.Wsas, Answers.Totalling(MeasureId.Wsas, total));

        Assert.Equal(total, result.Total);
        Assert.Equal(band, result.Band.Code);
    }

    [Fact]
    public void Wsas_accepts_the_unlabelled_odd_points_of_its_scale()
    {
        var result = Answers.Scored(MeasureId.Wsas, Answers.Of(MeasureId.Wsas, 1, 3, 5, 7, 5));

        Assert.Equal(21, result.Total);
        Assert.Equal("moderately-severe-or-worse", result.Band.Code);
    }
}
