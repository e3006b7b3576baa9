using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Tests.Disclosure;

/// <summary>
/// A hand-worked cohort as a table's publisher hands it over: every record keyed with the one all-zero test key
/// (<see cref="Keys"/>) by its kind and key, and a published row read as the figures a reader sees.
/// </summary>
internal static class HandWorked
{
    public static RecordKeys Keys { get; } = new(new byte[32]);

    public static List<Keyed<T>> Keyed<T>(IEnumerable<T> records, Func<T, string> key) =>
        [.. records.Select(r => new Keyed<T>(r, Keys.Of(key(r))))];

    public static string[] Row(PublishedTable table, string label) =>
        [.. table.Rows.Single(r => r.Label == label).Cells.Select(c => c.Display)];
}
