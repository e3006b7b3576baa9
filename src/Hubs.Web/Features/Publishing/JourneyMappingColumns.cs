using System.Globalization;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Npgsql;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// The rebuild export's journey snapshots: only the fields <see cref="MilestoneMapper"/> reads of a
/// <see cref="Journey"/> (<see cref="JourneyMapping"/>), taken out of the stored JSON as columns by PostgreSQL,
/// instead of every snapshot read and deserialised whole once per page it appears in. A mapper arm reading another
/// field needs it here too: FastRebuildTests compare the rebuild with the live figures, which map the whole snapshot.
/// </summary>
public static class JourneyMappingColumns
{
    /// <summary>The appointments' three fields in one pass over their array, not three.</summary>
    private const string Sql = """
        SELECT d.id, d.data->>'HubId', d.data->>'SubmittedAt', (d.data->>'Version')::bigint,
            a.ids, a.purposes, a.starts,
            ARRAY(SELECT (o->>'Id')::uuid FROM jsonb_array_elements(d.data->'OnwardReferrals')
                WITH ORDINALITY y(o, n) ORDER BY n)
        FROM clinical.mt_doc_journey d
        CROSS JOIN LATERAL (
            SELECT coalesce(array_agg((x.a->>'Id')::uuid ORDER BY x.n), '{}') AS ids,
                coalesce(array_agg((x.a->>'Purpose')::int ORDER BY x.n), '{}') AS purposes,
                coalesce(array_agg(x.a->>'StartsAt' ORDER BY x.n), '{}') AS starts
            FROM jsonb_array_elements(d.data->'Appointments') WITH ORDINALITY x(a, n)) a
        WHERE d.id = ANY($1)
        """;

    public static async Task<IReadOnlyDictionary<Guid, JourneyMapping>> LoadAsync(
        NpgsqlDataSource dataSource,
        Guid[] ids,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        var journeys = new Dictionary<Guid, JourneyMapping>(ids.Length);
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter { Value = ids });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var appointmentIds = reader.GetFieldValue<Guid[]>(4);
            var purposes = reader.GetFieldValue<int[]>(5);
            var starts = reader.GetFieldValue<string[]>(6);
            var appointments = new AppointmentMapping[appointmentIds.Length];
            for (var i = 0; i < appointments.Length; i++)
            {
                appointments[i] = new(appointmentIds[i], (AppointmentPurpose)purposes[i], Instant(starts[i]));
            }

            var onward = reader.GetFieldValue<Guid[]>(7);
            // A Hub's id is one of a few dozen: one string for each, not one a journey kept.
            journeys.Add(
                reader.GetGuid(0),
                new JourneyMapping(
                    string.Intern(reader.GetString(1)),
                    Instant(reader.GetString(2)),
                    appointments.Length == 0 ? [] : appointments,
                    onward.Length == 0 ? [] : onward
                )
                {
                    Version = reader.GetInt64(3),
                }
            );
        }

        return journeys;
    }

    private static DateTimeOffset Instant(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
