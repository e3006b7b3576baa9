using System.Data.Common;
using System.Globalization;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Journeys.RequestingAppointmentChange;
using Hubs.Web.Features.Questionnaires;
using Marten;
using Npgsql;

namespace Hubs.Web.Features.Journeys.OverseeingHub;

/// <summary>
/// Every journey of a Hub that has not ended, read once for the whole overview: its flags and supervision lines
/// (the journeys after triage) and its open cases at risk (from referral on) come from the same list. Read by the
/// summaries' Hub and status index, and only the scalars the figures need (<see cref="OpenCase"/>), each document
/// taken apart once by <c>jsonb_to_record</c> into typed columns: no appointment list is sent, no JSON parsed here,
/// and the stored (compressed) document is opened once a row, not once a field (benchmarks/SCALE.md: at 5,568 open
/// journeys of 88,751 that read was 60 ms against 130 ms with the fields picked into a new object). A summary
/// written before it kept the missed count (<see cref="OpenCaseBackfill"/> fills it in <c>migrate</c>) is read whole.
/// Times are read as the document's text, so they keep its ticks and offset exactly.
/// </summary>
public static class OpenJourneys
{
    private static readonly int[] NotEnded = Enum.GetValues<JourneyStatus>()
        .Where(s => !s.IsEnding())
        .Select(s => (int)s)
        .ToArray();

    /// <summary>The fields of <see cref="OpenCase"/> but its id, in the order the reader takes them (from 1).</summary>
    private const string Columns =
        "\"Status\" integer, \"SubmittedAt\" text, \"Risk\" integer, \"AssessedAt\" text, \"ClinicianId\" uuid, "
        + "\"SessionsRecorded\" integer, \"LastAttempt\" jsonb, \"LastReachedAt\" text, \"OpenChangeRequest\" integer, "
        + "\"LastAttendedAt\" text, \"MissedAppointments\" integer";

    public static async Task<IReadOnlyList<IOpenCaseFacts>> ReadAsync(
        IQuerySession session,
        string hubId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var serializer = session.DocumentStore.Options.Serializer();
        var (read, whole) = (new List<IOpenCaseFacts>(), new List<Guid>());
        await using (var connection = session.DocumentStore.Storage.Database.CreateConnection())
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand(
                "select d.id, r.* from "
                    + $"{session.DocumentStore.Options.DatabaseSchemaName}.mt_doc_journeysummary d, "
                    + $"jsonb_to_record(d.data) as r({Columns}) "
                    + "where d.hub_id = $1 and (d.data ->> 'Status')::integer = any($2)",
                connection
            );
            command.Parameters.Add(new NpgsqlParameter { Value = hubId });
            command.Parameters.Add(new NpgsqlParameter { Value = NotEnded });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (reader.IsDBNull(11))
                {
                    whole.Add(reader.GetGuid(0));
                    continue;
                }

                read.Add(
                    new OpenCase
                    {
                        Id = reader.GetGuid(0),
                        Status = (JourneyStatus)reader.GetInt32(1),
                        SubmittedAt = Time(reader, 2) ?? default,
                        Risk = (RiskLevel)reader.GetInt32(3),
                        AssessedAt = Time(reader, 4),
                        ClinicianId = reader.IsDBNull(5) ? null : reader.GetGuid(5),
                        SessionsRecorded = reader.IsDBNull(6) ? 0 : reader.GetInt32(6),
                        LastAttempt = reader.IsDBNull(7) ? null : serializer.FromJson<LastContactAttempt>(reader, 7),
                        LastReachedAt = Time(reader, 8),
                        OpenChangeRequest = reader.IsDBNull(9) ? null : (AppointmentChangeKind)reader.GetInt32(9),
                        LastAttendedAt = Time(reader, 10),
                        MissedAppointments = reader.GetInt32(11),
                    }
                );
            }
        }

        if (whole.Count > 0)
        {
            read.AddRange(await session.LoadManyAsync<JourneySummary>(cancellationToken, whole));
        }

        return read;
    }

    private static DateTimeOffset? Time(DbDataReader reader, int column) =>
        reader.IsDBNull(column)
            ? null
            : DateTimeOffset.Parse(
                reader.GetString(column),
                CultureInfo.InvariantCulture,
                DateTimeStyles.RoundtripKind
            );
}
