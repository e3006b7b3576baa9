using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// A table of one kind of record laid out over the period: its title, its rows (the period's months, or for Hub work
/// its quarters only: <see cref="TableRows.ByQuarter{T}"/>), the month each record falls in, and its columns. Each such
/// table states only these; publishing them is this one path.
/// </summary>
public sealed class PeriodTable<T>(
    string title,
    Func<IReadOnlyList<Keyed<T>>, Period, Func<T, string>, List<DraftRow<T>>> rows,
    Func<T, string> month,
    IReadOnlyList<Measure<T>> columns
)
{
    public PublishedTable Publish(IReadOnlyList<Keyed<T>> records, Period period, DisclosureOptions? options = null) =>
        CellTable.Publish(title, rows(records, period, month), columns, options: options);
}
