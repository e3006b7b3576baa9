using Npgsql;

namespace Hubs.Insights.Store;

/// <summary>
/// The anonymised store, schema <c>insights</c>: pseudonymous per-journey facts, one row per appointment
/// outcome and per measure, team activities, and the ids of the messages already applied. No column
/// can hold a name, contact, free text or an exact date. Each milestone owns its own columns or rows,
/// so milestones merge in any order (a discharge may arrive before the screening); where a milestone
/// could come twice, the stream version decides which one counts, never the arrival order.
/// </summary>
public static class InsightsSchema
{
    private const string Ddl = """
        CREATE TABLE IF NOT EXISTS insights.processed_messages (
            message_id uuid PRIMARY KEY,
            processed_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE TABLE IF NOT EXISTS insights.journey_facts (
            journey_key text PRIMARY KEY,
            hub_id text NOT NULL,
            referral_week text,
            referral_month text,
            sector text,
            staff_group text,
            age_band text,
            sex text,
            ethnicity_group text,
            disability text,
            is_re_referral boolean
        );
        CREATE INDEX IF NOT EXISTS journey_facts_hub_week ON insights.journey_facts (hub_id, referral_week);
        CREATE INDEX IF NOT EXISTS journey_facts_hub_month ON insights.journey_facts (hub_id, referral_month);
        CREATE TABLE IF NOT EXISTS insights.record_key_salt (
            id integer PRIMARY KEY CHECK (id = 1),
            salt bytea NOT NULL
        );
        """;

    /// <summary>
    /// Empties every table of the insights schema, before a rebuild replays all milestones into it.
    /// Dashboards show partial figures until the replay finishes. The record keys' salt is kept, so the
    /// rebuilt figures carry the same cell-key noise as before.
    /// </summary>
    public static async Task ResetAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var command = dataSource.CreateCommand(
            """
            DO $$ DECLARE t text; BEGIN
              FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'insights'
                  AND tablename NOT IN ('data_protection_keys', 'record_key_salt') LOOP
                EXECUTE format('TRUNCATE insights.%I', t);
              END LOOP;
            END $$;
            """
        );
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Analyses the tables of the insights schema, so that the planner reads a rebuilt store by its statistics:
    /// <paramref name="refilled"/>, only the tables a rebuild's tail refills (the treatment figures and the sums), or
    /// every other table (false), so that the others are analysed while those are refilled and those once written.
    /// </summary>
    public static async Task AnalyzeAsync(
        NpgsqlDataSource dataSource,
        bool refilled,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        var tables = new List<string>();
        await using (
            var list = dataSource.CreateCommand(
                "SELECT format('insights.%I', tablename) FROM pg_tables WHERE schemaname = 'insights'"
                    + " AND (tablename IN ('journey_cells', 'journey_treatment')) = $1"
            )
        )
        {
            list.Parameters.Add(new NpgsqlParameter { Value = refilled });
            await using var reader = await list.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        if (tables.Count > 0)
        {
            await using var analyze = dataSource.CreateCommand($"ANALYZE {string.Join(", ", tables)}");
            analyze.CommandTimeout = 0;
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public static async Task ApplyAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var command = dataSource.CreateCommand(
            Ddl
                + MilestoneTables.Ddl
                + EvaluationTables.Ddl
                + MeasureResultsTable.Ddl
                + JourneyTreatmentTable.Ddl
                + OnwardTables.Ddl
                + ReferralSourceStore.Ddl
                + GroupSupportTables.Ddl
                + AllocationAndHoursTables.Ddl
                + TeamSessionRatingsTable.Ddl
                + HubWorkTables.Ddl
                + RebuildPosition.Ddl
                + KeyCollation.Ddl
        );
        await command.ExecuteNonQueryAsync(cancellationToken);
        await CreateJourneyCellsAsync(dataSource, cancellationToken);
    }

    /// <summary>
    /// The journey tables' sums (<see cref="JourneyCellsTable"/>), made and filled from the journeys already stored in
    /// one transaction (two replicas starting together: the second waits, then finds the table made).
    /// </summary>
    private static async Task CreateJourneyCellsAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var check = new NpgsqlCommand(MissingCells, connection, transaction))
        {
            if (await check.ExecuteScalarAsync(cancellationToken) is not true)
            {
                return;
            }
        }

        await using (var create = new NpgsqlCommand(JourneyCellsTable.Create, connection, transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var hub in await JourneyCellsRefill.HubsAsync(connection, transaction, cancellationToken))
        {
            await JourneyCellsRefill.HubAsync(connection, transaction, hub, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private const string MissingCells = """
        SELECT to_regclass('insights.journey_cells') IS NULL
        FROM (SELECT pg_advisory_xact_lock(hashtextextended('insights.journey_cells', 0))) locked
        """;
}
