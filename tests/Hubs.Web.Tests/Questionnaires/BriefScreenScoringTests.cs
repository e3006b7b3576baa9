using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Tests.Questionnaires;

public class BriefScreenScoringTests
{
    [Theory]
    [InlineData(MeasureId.Phq2, 0, 0, "negative")]
    [InlineData(MeasureId.Phq2, 1, 1, "negative")]
    [InlineData(MeasureId.Phq2, 2, 0, "negative")]
    [InlineData(MeasureId.Phq2, 2, 1, "positive")]
    [InlineData(MeasureId.Phq2, 0, 3, "positive")]
    [InlineData(MeasureId.Phq2, 3, 3, "positive")]
    [InlineData(MeasureId.Gad2, 1, 1, "negative")]
    [InlineData(MeasureId.Gad2, 0, 2, "negative")]
    [InlineData(MeasureId.Gad2, 1, 2, "positive")]
    [InlineData(MeasureId.Gad2, 3, 3, "positive")]
    public void Phq2_and_gad2_are_positive_from_3(MeasureId measure, int first, int second, string band)
    {
        var result = Answers.Scored(measure, Answers.Of(measure, first, second));

        Assert.Equal(first + second, result.Total);
        Assert.Equal(band, result.Band.Code);
        Assert.Null(result.AtCaseness);
    }

    [Theory]
    [InlineData(0, "negative")]
    [InlineData(4, "negative")]
    [InlineData(5, "positive")]
    [InlineData(12, "positive")]
    public void Audit_c_is_positive_from_5(int total, string band)
    {
        var result = Answers.Scored(MeasureId.AuditC, Answers.Totalling(MeasureId.AuditC, total));

        Assert.Equal(total, result.Total);
        Assert.Equal(band, result.Band.Code);
    }
}
