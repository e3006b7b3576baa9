using System.Diagnostics;
using Npgsql;

namespace Hubs.Web.Features.Journeys.OverseeingHub;

/// <summary>
/// <c>migrate</c>'s step for summaries written before they kept the last attended appointment and the missed count
/// (<see cref="OpenCase"/>): worked out in SQL from the document's appointments as the summary works them out, in
/// batches in order of journey id, each batch its own transaction, so a run cut off resumes and a second run finds
/// nothing to do. One replica at a time (an advisory lock; the other waits, then skips the filled rows). A summary
/// written meanwhile by the projection is skipped: its write carries both already.
/// </summary>
public static class OpenCaseBackfill
{
    private const int Batch = 5000;
    private const long LockKey = 0x4875_6273_4f43_4246; // "HubsOCBF"

    public static async Task<(int Filled, TimeSpan Took)> RunAsync(
        NpgsqlDataSource dataSource,
        string schema,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        var clock = Stopwatch.StartNew();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand($"select pg_advisory_lock({LockKey})", connection))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            return (await FillAsync(connection, schema, cancellationToken), clock.Elapsed);
        }
        finally
        {
            await using var unlock = new NpgsqlCommand($"select pg_advisory_unlock({LockKey})", connection);
            await unlock.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private static async Task<int> FillAsync(
        NpgsqlConnection connection,
        string schema,
        CancellationToken cancellationToken
    )
    {
        var (after, filled) = (Guid.Empty, 0);
        await using var batch = new NpgsqlCommand(Sql(schema), connection);
        var from = new NpgsqlParameter { Value = after };
        batch.Parameters.Add(from);
        batch.Parameters.Add(new NpgsqlParameter { Value = Batch });
        while (true)
        {
            from.Value = after;
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            if (reader.IsDBNull(0))
            {
                return filled;
            }

            (after, filled) = (reader.GetGuid(0), filled + reader.GetInt32(1));
        }
    }

    private static string Sql(string schema)
    {
        var (attended, missed) = ((int)AppointmentState.Attended, (int)AppointmentState.NotAttended);
        return $"""
            WITH batch AS (SELECT id FROM {schema}.mt_doc_journeysummary WHERE id > $1 ORDER BY id LIMIT $2),
            filled AS (
              UPDATE {schema}.mt_doc_journeysummary s SET data = s.data || jsonb_build_object(
                'LastAttendedAt', (SELECT a -> 'StartsAt' FROM jsonb_array_elements(s.data -> 'Appointments') a
                  WHERE (a ->> 'State')::integer = {attended} ORDER BY (a ->> 'StartsAt')::timestamptz DESC LIMIT 1),
                'MissedAppointments', (SELECT count(*) FROM jsonb_array_elements(s.data -> 'Appointments') a
                  WHERE (a ->> 'State')::integer = {missed}))
              WHERE s.id IN (SELECT id FROM batch) AND NOT s.data ? 'MissedAppointments'
              RETURNING 1)
            SELECT (SELECT id FROM batch ORDER BY id DESC LIMIT 1), (SELECT count(*)::integer FROM filled)
            """;
    }
}
