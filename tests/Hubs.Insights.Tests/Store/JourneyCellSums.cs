using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Store;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.Insights.Tests.Store;

/// <summary>
/// The journey tables' sums two ways, as "Hub family month group part bucket: amount keys" lines: every journey's
/// cells added up afresh, and the rows stored in <c>insights.journey_cells</c>.
/// </summary>
internal static class JourneyCellSums
{
    public static async Task<List<string>> SummedAsync(InsightsHostFixture insights, string[] hubs)
    {
        var services = insights.Host.Services;
        var keys = await services.GetRequiredService<IRecordKeySource>().GetAsync(CancellationToken.None);
        var journeys = await services
            .GetRequiredService<JourneyFactsStore>()
            .LoadAsync(new JourneyFactsFilter(HubIds: hubs), CancellationToken.None);
        return
        [
            .. journeys
                .SelectMany(f => JourneyCells.Of(f, keys.Of(f.JourneyKey)))
                .GroupBy(c => $"{c.Hub} {c.Family} {c.Month} {c.Group} {c.Part} {c.Bucket}")
                .Select(g => $"{g.Key}: {g.Sum(c => c.Amount)} {g.Sum(c => c.Keys)}")
                .Order(StringComparer.Ordinal),
        ];
    }

    public static async Task<List<string>> StoredAsync(InsightsHostFixture insights, string[] hubs)
    {
        await using var data = NpgsqlDataSource.Create(insights.Database.Admin);
        await using var command = data.CreateCommand(
            """
            SELECT hub_id || ' ' || family || ' ' || month || ' ' || grp || ' ' || part || ' ' || bucket || ': '
                   || amount || ' ' || keys
            FROM insights.journey_cells WHERE hub_id = ANY($1) AND (amount <> 0 OR keys <> 0)
            """
        );
        command.Parameters.Add(new NpgsqlParameter { Value = hubs });
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return [.. rows.Order(StringComparer.Ordinal)];
    }
}
