using Npgsql;

namespace Hubs.Web.Features.Contact.SchedulingReminders;

/// <summary>
/// One planned contact as the clinician sees it: what, for which appointment, when, and what became of it.
/// </summary>
public sealed record DeliveryStatus(
    string Kind,
    Guid? AppointmentId,
    DateTimeOffset DueAt,
    string State,
    IReadOnlyList<string> SentBy,
    string? Detail,
    DateTimeOffset UpdatedAt
);

public static class DeliveryStatuses
{
    public static async Task<IReadOnlyList<DeliveryStatus>> ForJourneyAsync(
        NpgsqlDataSource dataSource,
        Guid journeyId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var command = dataSource.CreateCommand(
            """
            SELECT kind, appointment_id, due_at, state, sent_channels, detail, updated_at
            FROM clinical.contact_schedule WHERE journey_id = $1 ORDER BY due_at, kind
            """
        );
        command.Parameters.Add(new NpgsqlParameter { Value = journeyId });
        var statuses = new List<DeliveryStatus>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            statuses.Add(
                new DeliveryStatus(
                    reader.GetString(0),
                    reader.IsDBNull(1) ? null : reader.GetGuid(1),
                    reader.GetFieldValue<DateTimeOffset>(2),
                    reader.GetString(3),
                    reader.GetString(4).Split(',', StringSplitOptions.RemoveEmptyEntries),
                    reader.IsDBNull(5) ? null : reader.GetString(5),
                    reader.GetFieldValue<DateTimeOffset>(6)
                )
            );
        }

        return statuses;
    }
}
