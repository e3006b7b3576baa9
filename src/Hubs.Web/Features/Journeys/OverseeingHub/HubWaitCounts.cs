using Hubs.Web.Features.Journeys.ReadModels;
using Marten;
using Npgsql;

namespace Hubs.Web.Features.Journeys.OverseeingHub;

/// <summary>
/// <see cref="HubWaits.Of"/> over the wait marks <see cref="JourneySummary"/> keeps in its own columns, read from the
/// Hub's index alone (JourneySummarySetup: the marks are carried in it), so the page reads five columns a journey
/// instead of every journey's document. Days between Hub-local dates (the zone an IANA id), as there: counted here,
/// not in SQL, where converting 50,000 journeys' four dates to the Hub's zone took most of a second
/// (benchmarks/SCALE.md).
/// </summary>
public static class HubWaitCounts
{
    private static readonly Dictionary<WaitStage, string> OpenLine = HubWaits.OpenLines.ToDictionary(
        l => l.Stage,
        l => l.Line
    );

    public static async Task<HubWaits> ReadAsync(
        IQuerySession session,
        string hubId,
        DateOnly today,
        string zone,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var local = new LocalDays(TimeZoneInfo.FindSystemTimeZoneById(zone));
        int Day(DateTimeOffset at) => local.Of(at);
        var days = HubWaits
            .OpenLines.Select(l => l.Line)
            .Concat(HubWaits.CompletedLines)
            .ToDictionary(l => l, _ => new List<int>());
        await using var connection = session.DocumentStore.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "select waiting_for, submitted_at, assessed_at, first_treatment_at, second_treatment_at "
                + $"from {session.DocumentStore.Options.DatabaseSchemaName}.mt_doc_journeysummary where hub_id = $1",
            connection
        );
        command.Parameters.Add(new NpgsqlParameter { Value = hubId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var submitted = Day(reader.GetFieldValue<DateTimeOffset>(1));
            int? Mark(int column) => reader.IsDBNull(column) ? null : Day(reader.GetFieldValue<DateTimeOffset>(column));
            var (assessed, first, second) = (Mark(2), Mark(3), Mark(4));
            Add(HubWaits.ToAssessment, assessed - submitted);
            Add(HubWaits.ToTreatment, first - submitted);
            Add(HubWaits.FirstToSecond, second - first);
            var stage = reader.IsDBNull(0) ? WaitStage.Nothing : (WaitStage)reader.GetInt32(0);
            if (stage != WaitStage.Nothing)
            {
                var from = stage == WaitStage.SecondAppointment ? first : submitted;
                Add(OpenLine[stage], today.DayNumber - from);
            }
        }

        return HubWaits.FromDays(days);

        void Add(string line, int? waited)
        {
            if (waited is { } value)
            {
                days[line].Add(value);
            }
        }
    }
}
