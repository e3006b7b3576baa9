using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Tests.Disclosure;

/// <summary>The rules with the perturbation switched off, to see the small-number rule and rounding alone.</summary>
internal static class NoNoise
{
    public static DisclosureOptions Options { get; } =
        new() { Perturbation = new PerturbationTable(MaxNoise: 0, Variance: 0) };

    /// <summary>A one-column table of counts with a total row, each row its own people.</summary>
    public static PublishedTable Counts(string label, IReadOnlyList<(string Row, int Count)> rows)
    {
        var records = rows.SelectMany(
                (r, i) => Enumerable.Range(0, r.Count).Select(j => new Keyed<int>(i, (i * 1000) + j))
            )
            .ToList();
        var draft = rows.Select((r, i) => new DraftRow<int>(r.Row, [.. records.Where(x => x.Record == i)]))
            .Append(new DraftRow<int>("Total", records, IsTotal: true))
            .ToList();
        return CellTable.Publish("Test", draft, [People.Count<int>("n", label, _ => true)], options: Options);
    }

    public static Tally Tally(long value, long key = 0) => new(value, key);
}
