namespace Hubs.Insights.Metrics;

/// <summary>What a breakdown groups journeys by.</summary>
public enum Dimension
{
    Hub,
    Month,
    Sector,
    StaffGroup,
    EthnicityGroup,
    Sex,
    AgeBand,
    Disability,
}

public static class Dimensions
{
    public const string NotStated = "Not stated";

    /// <summary>The group a journey falls in; a missing or blank value is its own group, "Not stated".</summary>
    public static string GroupOf(JourneyFacts facts, Dimension dimension)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var value = dimension switch
        {
            Dimension.Hub => facts.HubId,
            Dimension.Month => facts.ReferralMonth,
            Dimension.Sector => facts.Sector,
            Dimension.StaffGroup => facts.StaffGroup,
            Dimension.EthnicityGroup => facts.Equity.EthnicityGroup,
            Dimension.Sex => facts.Equity.Sex,
            Dimension.AgeBand => facts.Equity.AgeBand,
            Dimension.Disability => facts.Equity.Disability,
            _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, null),
        };
        return string.IsNullOrWhiteSpace(value) ? NotStated : value;
    }
}
