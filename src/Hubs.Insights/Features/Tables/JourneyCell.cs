namespace Hubs.Insights.Features.Tables;

/// <summary>
/// One stored sum of the journey tables (<see cref="JourneyCells"/>): of a Hub, a family of tables, a month and a
/// row group, one part of a measure (<see cref="Disclosure.CellSums"/>) with a bucket (a median's value, else 0), the
/// amount of its records and their record keys summed. A table reads a few hundred of these, not its journeys.
/// </summary>
public readonly record struct JourneyCell(
    string Hub,
    string Family,
    string Month,
    string Group,
    string Part,
    int Bucket,
    long Amount,
    long Keys
);

/// <summary>The families of sums: which tables read them, and what their month and group are.</summary>
public static class CellFamilies
{
    /// <summary>Trends, waits, outcomes, attendance and by-Hub: by month of referral, no group.</summary>
    public const string Journeys = "journeys";

    /// <summary>How journeys ended: by month of referral and how it ended.</summary>
    public const string Ended = "ended";

    /// <summary>Outcome by measure: by month of referral and measure.</summary>
    public const string Measures = "measures";

    /// <summary>Open waits: by month end, no group (each month a person waited at its end).</summary>
    public const string OpenWaits = "open-waits";

    /// <summary>
    /// Waits that stay open from a month on (no later step reached): by that month, the step as the group and the
    /// referral's ISO week as the part; the whole weeks at a later month end are worked out when read.
    /// </summary>
    public const string OpenSpells = "open-spells";

    /// <summary>Equity by one breakdown (its code): by month of referral and category.</summary>
    public static string Equity(string by) => "equity:" + by;
}
