using Npgsql;

namespace Hubs.Insights.Store;

/// <summary>
/// The lock between a Hub's refill (<see cref="JourneyCellsRefill"/>, which holds it alone) and the live changes
/// to its sums (<see cref="JourneyCellsWrite"/>, which share it): an advisory lock a Hub, held to the end of the
/// transaction. A change that holds it commits before the refill sums the Hub, so the refill sees its journeys as
/// the change left them; a change that waits for it adds its difference to the sums the refill wrote. Refills of
/// different Hubs, and live changes of other Hubs, do not wait for each other.
/// </summary>
internal static class JourneyCellsHubLock
{
    private const string Refill = "SELECT pg_advisory_xact_lock(hashtextextended('journey-cells-hub:' || $1, 0))";

    // In one order (as the journeys' locks in JourneyCellsChange), so two changes never wait for each other.
    private const string Change = """
        SELECT count(pg_advisory_xact_lock_shared(h)) FROM (
            SELECT DISTINCT hashtextextended('journey-cells-hub:' || k, 0) AS h FROM unnest($1::text[]) k
            ORDER BY 1) locks
        """;

    public static Task HoldAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        string hub,
        CancellationToken cancellationToken
    ) => RunAsync(new NpgsqlCommand(Refill, connection, transaction), hub, cancellationToken);

    public static Task ShareAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        IEnumerable<string> hubs,
        CancellationToken cancellationToken
    ) => RunAsync(new NpgsqlCommand(Change, connection, transaction), hubs.ToArray(), cancellationToken);

    private static async Task RunAsync(NpgsqlCommand command, object value, CancellationToken cancellationToken)
    {
        await using (command)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
            await command.ExecuteScalarAsync(cancellationToken);
        }
    }
}
