using System.Diagnostics;
using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Tests.Disclosure;

public class LargeTableTests
{
    [Fact]
    public void A_year_of_weeks_by_twelve_Hubs_full_of_small_counts_publishes_quickly_and_safely()
    {
        var random = new Random(7);
        var weeks = Enumerable.Range(1, 52).Select(w => $"2026-W{w:00}").ToArray();
        var hubs = Enumerable.Range(0, 12)
            .Select(h => new CountColumn($"hub{h}", $"Hub {h}", weeks.Select(_ => (long)random.Next(0, 12)).ToArray()))
            .ToArray();
        var stopwatch = Stopwatch.StartNew();

        var table = DisclosureControl.Publish(new TableDraft("Referrals", weeks, hubs, TotalRow: true, TotalColumn: true));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
        var unknown = new bool[table.Rows.Count, table.Columns.Count];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                unknown[r, c] = table.Rows[r].Cells[c].Status == CellStatus.Suppressed;
            }
        }

        Assert.Empty(DifferencingAttack.SoleUnknown(unknown, rowsAreLines: true, columnsAreLines: true));
    }
}
