using Npgsql;

namespace Hubs.Web.Features.Contact.SchedulingReminders;

/// <summary>
/// Writes reminder rows as appointments change. Every write carries the journey stream version of the
/// event behind it and applies only if newer than what the row saw, so redelivered or reordered messages
/// change nothing; the dispatcher checks the journey again before sending anyway.
/// </summary>
public sealed class ReminderSchedule(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// A booked or moved appointment (or a booked workshop place, <paramref name="kind"/>): one queued row per
    /// offset (a due time already past is not sent).
    /// </summary>
    public async Task ScheduleAsync(
        Guid journeyId,
        Guid appointmentId,
        DateTimeOffset startsAt,
        IReadOnlyList<TimeSpan> offsets,
        long version,
        DateTimeOffset now,
        CancellationToken cancellationToken,
        string kind = ContactKind.Reminder
    )
    {
        ArgumentNullException.ThrowIfNull(offsets);
        await using var batch = dataSource.CreateBatch();
        foreach (var offset in offsets)
        {
            var due = startsAt - offset;
            var late = due <= now;
            batch.BatchCommands.Add(
                Command(
                    """
                    INSERT INTO clinical.contact_schedule
                        (id, dedupe_key, journey_id, appointment_id, kind, appointment_at, due_at, state,
                            source_version, detail, updated_at)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                    ON CONFLICT (dedupe_key) DO UPDATE SET
                        appointment_at = EXCLUDED.appointment_at, due_at = EXCLUDED.due_at, state = EXCLUDED.state,
                        source_version = EXCLUDED.source_version, attempts = 0, sent_channels = '',
                        detail = EXCLUDED.detail, updated_at = EXCLUDED.updated_at
                    WHERE contact_schedule.source_version < EXCLUDED.source_version
                    """,
                    Guid.CreateVersion7(),
                    $"{appointmentId}:{(long)offset.TotalMinutes}",
                    journeyId,
                    appointmentId,
                    kind,
                    startsAt,
                    due,
                    late ? ContactState.NotSent : ContactState.Queued,
                    version,
                    late ? (object)"Booked too late for this reminder." : DBNull.Value,
                    now
                )
            );
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// A cancelled or closed appointment: its waiting reminders are removed from the queue (kept as cancelled).
    /// </summary>
    public async Task CancelAsync(
        Guid appointmentId,
        long version,
        string reason,
        DateTimeOffset now,
        CancellationToken cancellationToken,
        string kind = ContactKind.Reminder
    )
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(
            Command(
                """
                UPDATE clinical.contact_schedule SET
                    state = CASE WHEN state IN ('queued', 'held-for-safe-time') THEN 'cancelled' ELSE state END,
                    detail = CASE WHEN state IN ('queued', 'held-for-safe-time') THEN $3 ELSE detail END,
                    source_version = $2, updated_at = $4
                WHERE appointment_id = $1 AND kind = $5 AND source_version < $2
                """,
                appointmentId,
                version,
                reason,
                now,
                kind
            )
        );
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// One notice that the Hub cancelled this appointment (at discharge); the dispatcher applies the keyworker's
    /// preferences.
    /// </summary>
    public async Task QueueCancellationNoticeAsync(
        Guid journeyId,
        Guid appointmentId,
        DateTimeOffset startsAt,
        long version,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(
            Command(
                """
                INSERT INTO clinical.contact_schedule
                    (id, dedupe_key, journey_id, appointment_id, kind, appointment_at, due_at, state, source_version,
                        updated_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, 'queued', $8, $7)
                ON CONFLICT (dedupe_key) DO NOTHING
                """,
                Guid.CreateVersion7(),
                $"{appointmentId}:cancelled",
                journeyId,
                appointmentId,
                ContactKind.CancellationNotice,
                startsAt,
                now,
                version
            )
        );
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }
}
