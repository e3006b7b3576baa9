using Hubs.Web.Features.Journeys.ReadModels;
using Marten;
using Npgsql;

namespace Hubs.Web.Features.Journeys.OverseeingHub;

/// <summary>
/// Every journey of a Hub that has not ended, read once for the whole overview: its flags and supervision lines
/// (the journeys after triage) and its open cases at risk (from referral on) come from the same list. Read by the
/// summaries' Hub and status index, and only the scalars the figures need (<see cref="OpenCase"/>): the whole
/// documents of a busy Hub's 5,600 open journeys, mostly appointment lists, took most of the page's time
/// (benchmarks/SCALE.md). A summary written before it kept those scalars (<see cref="OpenCaseBackfill"/> fills
/// them in <c>migrate</c>) is read whole instead. The appointments are dropped once per row before the fields are
/// picked (each field read from the stored, compressed document would decompress it again).
/// </summary>
public static class OpenJourneys
{
    private static readonly int[] NotEnded = Enum.GetValues<JourneyStatus>()
        .Where(s => !s.IsEnding())
        .Select(s => (int)s)
        .ToArray();

    public static async Task<IReadOnlyList<IOpenCaseFacts>> ReadAsync(
        IQuerySession session,
        string hubId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var serializer = session.DocumentStore.Options.Serializer();
        var fields = string.Join(", ", OpenCase.Fields.Select(f => $"'{f}', s.data -> '{f}'"));
        var (read, whole) = (new List<IOpenCaseFacts>(), new List<Guid>());
        await using (var connection = session.DocumentStore.Storage.Database.CreateConnection())
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand(
                $"select s.id, s.data ? '{nameof(OpenCase.MissedAppointments)}', jsonb_build_object({fields}) from "
                    + "(select d.id, d.data - 'Appointments' as data "
                    + $"from {session.DocumentStore.Options.DatabaseSchemaName}.mt_doc_journeysummary d "
                    + "where d.hub_id = $1 and (d.data ->> 'Status')::integer = any($2) offset 0) s",
                connection
            );
            command.Parameters.Add(new NpgsqlParameter { Value = hubId });
            command.Parameters.Add(new NpgsqlParameter { Value = NotEnded });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (reader.GetBoolean(1))
                {
                    read.Add(serializer.FromJson<OpenCase>(reader, 2));
                }
                else
                {
                    whole.Add(reader.GetGuid(0));
                }
            }
        }

        if (whole.Count > 0)
        {
            read.AddRange(await session.LoadManyAsync<JourneySummary>(cancellationToken, whole));
        }

        return read;
    }
}
