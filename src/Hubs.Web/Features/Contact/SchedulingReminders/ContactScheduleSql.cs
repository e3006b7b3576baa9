using Npgsql;

namespace Hubs.Web.Features.Contact.SchedulingReminders;

/// <summary>The dispatcher's two statements, inside its transaction.</summary>
internal static class ContactScheduleSql
{
    public static async Task<List<DueContact>> LockDueAsync(
        NpgsqlConnection connection,
        DateTimeOffset now,
        int limit,
        CancellationToken cancellationToken
    )
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT id, journey_id, appointment_id, kind, appointment_at, attempts, sent_channels
            FROM clinical.contact_schedule
            WHERE state IN ('queued', 'held-for-safe-time') AND due_at <= $1
            ORDER BY due_at
            LIMIT $2
            FOR UPDATE SKIP LOCKED
            """,
            connection
        );
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        var due = new List<DueContact>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            due.Add(
                new DueContact(
                    reader.GetGuid(0),
                    reader.GetGuid(1),
                    reader.IsDBNull(2) ? null : reader.GetGuid(2),
                    reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4),
                    reader.GetInt32(5),
                    reader.GetString(6).Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet()
                )
            );
        }

        return due;
    }

    public static async Task RecordAsync(
        NpgsqlConnection connection,
        Guid id,
        ContactOutcome outcome,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        await using var command = new NpgsqlCommand(
            """
            UPDATE clinical.contact_schedule
            SET state = $2, due_at = $3, attempts = $4, sent_channels = $5, detail = $6, updated_at = $7
            WHERE id = $1
            """,
            connection
        );
        foreach (
            var value in new object[]
            {
                id,
                outcome.State,
                outcome.DueAt,
                outcome.Attempts,
                string.Join(',', outcome.SentChannels.Order()),
                (object?)outcome.Detail ?? DBNull.Value,
                now,
            }
        )
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
