using Hubs.Insights.Consumers;
using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Store;
using Hubs.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.Insights.Tests.Store;

/// <summary>
/// The journey tables published from their stored sums (<c>insights.journey_cells</c>) are exactly the tables
/// published the old way from every journey: every table, breakdown, Hub, month, quarter and year, under the real
/// disclosure rules and with them off (the true figures). The journeys came part through a rebuild (batches, then the
/// sums worked out afresh) and the rest through the broker to two replicas at once, shuffled, some messages twice.
/// </summary>
public class JourneyCellsTests(InsightsHostFixture insights) : IClassFixture<InsightsHostFixture>
{
    private static readonly DisclosureOptions TrueFigures = new(SmallNumberMax: 0, RoundTo: 1)
    {
        Perturbation = new PerturbationTable(MaxNoise: 0),
    };

    [Fact]
    public async Task Tables_from_the_stored_sums_equal_the_tables_from_every_journey()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        string[] hubs = [$"cells-a-{run}", $"cells-b-{run}", $"cells-c-{run}"];
        var random = new Random(22);
        var (rebuilt, live) = (new List<object>(), new List<object>());
        for (var journey = 0; journey < 300; journey++)
        {
            var contracts = VariedJourneys.Contracts($"cells-{journey}-{run}", hubs, random);
            var cut = journey % 3 == 0 ? random.Next(contracts.Count + 1) : 0;
            rebuilt.AddRange(contracts.Take(cut));
            live.AddRange(contracts.Skip(cut));
        }

        var batch = insights.Host.Services.GetRequiredService<MilestoneBatch>();
        foreach (
            var chunk in rebuilt.OrderBy(_ => random.Next()).Select(c => new Milestone(Guid.NewGuid(), c)).Chunk(50)
        )
        {
            await batch.ApplyAsync(chunk, 0, CancellationToken.None);
        }

        await batch.RefillCellsAsync(CancellationToken.None);
        await using var replica = new TestHost<InsightsEntryPoint>(
            HubsSettings.Insights(insights.Database, insights.VirtualHost.Uri, HubsSettings.NewLogFile("insights-2"))
        );
        _ = replica.Services;
        var buses = new[] { insights.Host, replica }.Select(h => h.Services.GetRequiredService<IBus>()).ToList();
        foreach (var contract in live.OrderBy(_ => random.Next()))
        {
            var id = Guid.NewGuid();
            for (var copy = 0; copy < 1 + (random.Next(4) == 0 ? 1 : 0); copy++)
            {
                await buses[random.Next(2)].Publish(contract, contract.GetType(), c => c.MessageId = id);
            }
        }

        // The rebuild's batches mark nothing (their position stands for them); each live message is marked once.
        await Poll.UntilAsync(
            async () =>
                await insights.Database.CountAsync("SELECT count(*) FROM insights.processed_messages") == live.Count,
            $"{live.Count} live messages applied"
        );

        var compared = await CompareAsync(hubs);
        Assert.True(compared > 1000, $"Only {compared} tables compared.");
        Assert.Equal(
            await JourneyCellSums.SummedAsync(insights, hubs),
            await JourneyCellSums.StoredAsync(insights, hubs)
        );
    }

    private async Task<int> CompareAsync(string[] hubs)
    {
        var services = insights.Host.Services;
        var keys = await services.GetRequiredService<IRecordKeySource>().GetAsync(CancellationToken.None);
        var journeys = await services
            .GetRequiredService<JourneyFactsStore>()
            .LoadAsync(JourneyFactsFilter.Everything, CancellationToken.None);
        Assert.Contains(journeys, j => j.Measures.Count > 0 && j.DischargeReason is not null);
        Assert.Contains(journeys, j => j.IsReReferral);
        var compared = 0;
        foreach (var options in new[] { DisclosureOptions.Default, TrueFigures })
        {
            var queries = new InsightsQueries(
                services.GetRequiredService<IRecordKeySource>(),
                services.GetServices<ITablePublisher>()
            )
            {
                Options = options,
            };
            foreach (var request in Requests(hubs))
            {
                var callerHubs = request.Hub is null ? hubs.ToHashSet() : [request.Hub];
                var expected = OldJourneyTables.Publish(request, journeys, callerHubs, keys, options);
                var published = await queries.PublishAsync(request, hubs.ToHashSet(), CancellationToken.None);
                Assert.Equal(Render(expected), Render(published!));
                compared++;
            }
        }

        return compared;
    }

    private static IEnumerable<TableRequest> Requests(string[] hubs)
    {
        var periods = Enumerable
            .Range(0, 24)
            .Select(m => new DateOnly(2025, 1, 1).AddMonths(m).ToString("yyyy-MM", null))
            .Concat(Enumerable.Range(0, 8).Select(q => $"{2025 + (q / 4)}-Q{(q % 4) + 1}"))
            .Concat(["FY2024-25", "FY2025-26", "FY2026-27"])
            .Select(code => Period.Parse(code)!);
        foreach (var period in periods)
        {
            yield return new TableRequest(TableCatalogue.Hubs, null, period);
            foreach (var hub in hubs)
            {
                foreach (var table in new JourneyTables(null!).Tables.Where(t => t != TableCatalogue.Hubs))
                {
                    string?[] bys = table == TableCatalogue.Equity ? [.. EquityBreakdown.ByCode.Keys] : [null];
                    foreach (var by in bys)
                    {
                        yield return new TableRequest(table, hub, period, by);
                    }
                }
            }
        }
    }

    private static string Render(PublishedTable table) =>
        $"{table.Title}\n{string.Join('|', table.Columns.Select(c => c.Key))}\n"
        + string.Join(
            '\n',
            table.Rows.Select(r =>
                $"{r.Label}{(r.IsTotal ? " (total)" : "")}: {string.Join(" | ", r.Cells.Select(c => c.Display))}"
            )
        );
}
