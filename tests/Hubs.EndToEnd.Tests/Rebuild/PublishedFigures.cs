using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hubs.Insights.Store;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.EndToEnd.Tests.Rebuild;

/// <summary>
/// Everything Insights holds and publishes, in a stable order: every row of every table of the insights schema (its
/// bookkeeping aside: the live consumers' dedupe marks, which a rebuild does not write, and the rebuild's position),
/// the facts the metrics compute from, and every feed, dashboard and report a stakeholder can read
/// (<see cref="StakeholderViews"/>).
/// </summary>
public static partial class PublishedFigures
{
    public static async Task<string> ReadAsync(LiveFiguresFixture system)
    {
        ArgumentNullException.ThrowIfNull(system);
        // The views first: the first publication makes the record keys' salt, which the tables below include.
        var views = await StakeholderViews.ReadAllAsync(system.Insights.CreateClient(), system.Clock);
        var figures = new StringBuilder(AntiforgeryToken().Replace(views, "$1"));
        await using var connection = new NpgsqlConnection(system.Database.Admin);
        await connection.OpenAsync();
        foreach (var table in await TablesAsync(connection))
        {
            await using var dump = new NpgsqlCommand(
                "SELECT coalesce(string_agg(to_json(t)::text, E'\\n' ORDER BY to_json(t)::text), '') "
                    + $"FROM insights.\"{table}\" t",
                connection
            );
            figures.AppendLine(table).AppendLine((string)(await dump.ExecuteScalarAsync())!);
        }

        var facts = system.Insights.Services.GetRequiredService<JourneyFactsStore>();
        figures.AppendLine(JsonSerializer.Serialize(await facts.LoadAsync(JourneyFactsFilter.Everything)));
        return figures.ToString();
    }

    /// <summary>The sign-out form's token on every page: new on each request, and no figure.</summary>
    [GeneratedRegex("(__RequestVerificationToken[^>]*value=\")[^\"]*")]
    private static partial Regex AntiforgeryToken();

    private static async Task<List<string>> TablesAsync(NpgsqlConnection connection)
    {
        await using var list = new NpgsqlCommand(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'insights' "
                + "AND tablename NOT IN ('rebuild_position', 'processed_messages') ORDER BY tablename",
            connection
        );
        var tables = new List<string>();
        await using var reader = await list.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }
}
