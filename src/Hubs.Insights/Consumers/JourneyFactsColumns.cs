namespace Hubs.Insights.Consumers;

/// <summary>
/// The columns one kind of <c>insights.journey_facts</c> row sets after the journey key, in the order of its values
/// (the Hub first), and its rule: a referral's replace what the row held (<see cref="MessageRow.Replaced"/>, Hub
/// included); any other milestone's are kept from its earliest stream version, the first of them
/// (<see cref="JourneyFactsSql.Upsert"/>), and set the Hub only on the row's first insert.
/// </summary>
public sealed record JourneyFactsColumns(IReadOnlyList<string> Columns, bool EarliestWins)
{
    public const string Table = "insights.journey_facts";

    /// <summary>The columns this kind alone sets: all but the Hub.</summary>
    public IEnumerable<string> Own => Columns.Skip(1);

    /// <summary>
    /// Whether a row of this kind's values (<paramref name="values"/>, journey key first) replaces
    /// <paramref name="held"/>, the one that was in its place: as the live upsert decides, the earlier stream version
    /// wins (a version not set yet always loses), and a referral always replaces.
    /// </summary>
    public bool Replaces(object?[] values, object?[]? held)
    {
        ArgumentNullException.ThrowIfNull(values);
        return !EarliestWins || held?[2] is not long version || values[2] is long incoming && incoming < version;
    }
}
