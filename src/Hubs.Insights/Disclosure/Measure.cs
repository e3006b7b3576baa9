using Hubs.Insights.Metrics;

namespace Hubs.Insights.Disclosure;

/// <summary>
/// One column of a published table: how a group of records becomes one protected cell. A measure sees only
/// the records of its cell, so a cell's figure cannot depend on the table around it. The same cell comes from the
/// records themselves (<see cref="Publish"/>) or from their sums (<see cref="Contribute"/>, then
/// <see cref="PublishSums"/>): the stored tables hold the sums.
/// </summary>
public abstract record Measure<T>(string Key, string Label, ColumnKind Kind)
{
    internal abstract PublishedCell Publish(IReadOnlyList<Keyed<T>> records, DisclosureOptions options);

    /// <summary>Adds <paramref name="weight"/> records like <paramref name="record"/>, keys summing to keys.</summary>
    internal abstract void Contribute(T record, long weight, long keys, CellSums into);

    internal abstract PublishedCell PublishSums(CellSums sums, DisclosureOptions options);
}

/// <summary>A count of records (<c>Amount</c> 0 or 1) or a total of amounts (appointments, attendances).</summary>
public sealed record CountOf<T>(string Key, string Label, Func<T, long> Amount)
    : Measure<T>(Key, Label, ColumnKind.Count)
{
    // The part's number found once: a refill contributes every journey's measures, millions of times.
    private readonly int part = PartNumbers.Of(Key + ":c");

    internal override PublishedCell Publish(IReadOnlyList<Keyed<T>> records, DisclosureOptions options) =>
        CellRules.Count(Tally.Of(records, Amount), options);

    internal override void Contribute(T record, long weight, long keys, CellSums into) =>
        into.Add(part, 0, Amount(record), weight, keys);

    internal override PublishedCell PublishSums(CellSums sums, DisclosureOptions options) =>
        CellRules.Count(sums.TallyOf(part), options);
}

/// <summary>
/// A rate: the records with a denominator are its people; <c>Numerator</c> must not exceed
/// <c>Denominator</c> for any record.
/// </summary>
public sealed record RateOf<T>(string Key, string Label, Func<T, long> Numerator, Func<T, long> Denominator)
    : Measure<T>(Key, Label, ColumnKind.Percent)
{
    private readonly (int Numerator, int Denominator, int People) parts = (
        PartNumbers.Of(Key + ":n"),
        PartNumbers.Of(Key + ":d"),
        PartNumbers.Of(Key + ":p")
    );

    internal override PublishedCell Publish(IReadOnlyList<Keyed<T>> records, DisclosureOptions options)
    {
        var inBase = records.Where(r => Denominator(r.Record) > 0).ToList();
        return CellRules.Rate(
            Tally.Of(inBase, Numerator),
            Tally.Of(inBase, Denominator),
            Tally.Of(inBase, _ => 1),
            options
        );
    }

    internal override void Contribute(T record, long weight, long keys, CellSums into)
    {
        var denominator = Denominator(record);
        if (denominator > 0)
        {
            into.Add(parts.Numerator, 0, Numerator(record), weight, keys);
            into.Add(parts.Denominator, 0, denominator, weight, keys);
            into.Add(parts.People, 0, 1, weight, keys);
        }
    }

    internal override PublishedCell PublishSums(CellSums sums, DisclosureOptions options) =>
        CellRules.Rate(
            sums.TallyOf(parts.Numerator),
            sums.TallyOf(parts.Denominator),
            sums.TallyOf(parts.People),
            options
        );
}

/// <summary>The median of a whole-number value over the records that have one.</summary>
public sealed record MedianOf<T>(string Key, string Label, Func<T, int?> Value)
    : Measure<T>(Key, Label, ColumnKind.Number)
{
    private readonly int part = PartNumbers.Of(Key + ":m");

    internal override PublishedCell Publish(IReadOnlyList<Keyed<T>> records, DisclosureOptions options)
    {
        var having = records.Where(r => Value(r.Record) is not null).ToList();
        return CellRules.Median(
            Median.Of(having.Select(r => Value(r.Record)!.Value)),
            Tally.Of(having, _ => 1),
            options
        );
    }

    internal override void Contribute(T record, long weight, long keys, CellSums into)
    {
        if (Value(record) is { } value)
        {
            into.Add(part, value, 1, weight, keys);
        }
    }

    internal override PublishedCell PublishSums(CellSums sums, DisclosureOptions options)
    {
        var (people, values) = sums.Histogram(part);
        return CellRules.Median(Median.OfCounts(values), people, options);
    }
}

/// <summary>Measures of people: a record is one person (or one activity).</summary>
public static class People
{
    /// <summary>How many records are <paramref name="who"/>.</summary>
    public static CountOf<T> Count<T>(string key, string label, Func<T, bool> who) =>
        new(key, label, r => who(r) ? 1 : 0);

    /// <summary>The share of those <paramref name="of"/> who <paramref name="are"/>.</summary>
    public static RateOf<T> Rate<T>(string key, string label, Func<T, bool> are, Func<T, bool> of) =>
        new(key, label, r => of(r) && are(r) ? 1 : 0, r => of(r) ? 1 : 0);
}
