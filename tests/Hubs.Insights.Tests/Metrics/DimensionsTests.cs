using Hubs.Insights.Metrics;

namespace Hubs.Insights.Tests.Metrics;

public class DimensionsTests
{
    private static readonly JourneyFacts Facts = new("j", "hub-a", "2026-03")
    {
        Sector = "Police",
        StaffGroup = "Control room",
        Equity = new EquityGroups("Asian", "Female", "35-44", "Yes"),
    };

    [Theory]
    [InlineData(Dimension.Hub, "hub-a")]
    [InlineData(Dimension.Month, "2026-03")]
    [InlineData(Dimension.Sector, "Police")]
    [InlineData(Dimension.StaffGroup, "Control room")]
    [InlineData(Dimension.EthnicityGroup, "Asian")]
    [InlineData(Dimension.Sex, "Female")]
    [InlineData(Dimension.AgeBand, "35-44")]
    [InlineData(Dimension.Disability, "Yes")]
    public void A_journey_falls_in_its_group(Dimension dimension, string group) =>
        Assert.Equal(group, Dimensions.GroupOf(Facts, dimension));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_missing_value_is_Not_stated(string? sector) =>
        Assert.Equal(Dimensions.NotStated, Dimensions.GroupOf(Facts with { Sector = sector }, Dimension.Sector));
}
