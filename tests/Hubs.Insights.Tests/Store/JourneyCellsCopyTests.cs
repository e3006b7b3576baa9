using Hubs.Insights.Features.Tables;
using Hubs.Insights.Store;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.Insights.Tests.Store;

/// <summary>
/// A refill's copy frames the rows itself: whatever the strings (letters of more than one byte, a row's texts longer
/// than one row's first buffer) and however many rows (more than one send's worth), the table holds exactly the sums,
/// each part with its bucket, in every row.
/// </summary>
public class JourneyCellsCopyTests(InsightsHostFixture insights) : IClassFixture<InsightsHostFixture>
{
    [Fact]
    public async Task The_copied_rows_are_the_sums_whatever_their_texts_and_number()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var hub = $"copy-{run}-Ōtautahi-" + new string('é', 200);
        var totals = new JourneyCellTotals();
        var expected = new List<string>();
        for (var i = 0; i < 3000; i++)
        {
            var (month, part) = ($"2025-{1 + (i % 12):00}", i % 2 == 0 ? "referrals:c" : "wait-ü:m");
            var cell = new JourneyCell(hub, "journeys", month, $"grüppe-{i % 7}", part, i, i + 1, (i * 7919L) + 3);
            totals.Add(cell, 1);
            expected.Add($"{cell.Month} {cell.Group} {cell.Part} {cell.Bucket} {cell.Amount} {cell.Keys}");
        }

        var data = insights.Host.Services.GetRequiredService<NpgsqlDataSource>();
        await using (var connection = await data.OpenConnectionAsync())
        {
            await JourneyCellsCopy.WriteAsync(connection, totals, CancellationToken.None);
        }

        var stored = await JourneyCellsTable.ReadAsync(
            data,
            new HashSet<string> { hub },
            "journeys",
            null,
            "2025-12",
            CancellationToken.None
        );
        Assert.All(stored, c => Assert.Equal(hub, c.Hub));
        Assert.Equal(
            expected.Order(StringComparer.Ordinal),
            stored
                .Select(c => $"{c.Month} {c.Group} {c.Part} {c.Bucket} {c.Amount} {c.Keys}")
                .Order(StringComparer.Ordinal)
        );
    }
}
