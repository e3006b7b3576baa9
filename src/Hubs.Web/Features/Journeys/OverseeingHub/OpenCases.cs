using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Journeys.RequestingAppointmentChange;
using Hubs.Web.Features.Questionnaires;
using Marten;
using Npgsql;

namespace Hubs.Web.Features.Journeys.OverseeingHub;

/// <summary>What the hub overview counts of one open case after triage (flags and supervision).</summary>
public sealed record OpenCase(
    Guid Id,
    Guid? ClinicianId,
    JourneyStatus Status,
    RiskLevel Risk,
    int SessionsRecorded,
    DateTimeOffset LastContact,
    int NotAttended,
    AppointmentChangeKind? ChangeRequested
)
{
    public static OpenCase Of(IJourneyFacts journey)
    {
        ArgumentNullException.ThrowIfNull(journey);
        return new OpenCase(
            journey.Id,
            journey.ClinicianId,
            journey.Status,
            journey.Risk,
            journey.SessionsRecorded,
            Contact.Last(journey),
            Contact.DidNotAttend(journey),
            journey.OpenChangeRequest
        );
    }
}

/// <summary>
/// A Hub's open cases after triage, from the columns <see cref="JourneySummary"/> keeps for them and carries in its
/// (Hub, status) index (JourneySummarySetup.OpenCaseColumns): the index alone is read, not each case's document.
/// </summary>
public static class OpenCases
{
    private static readonly int[] AfterTriage =
    [
        (int)JourneyStatus.Triaged,
        (int)JourneyStatus.Assessed,
        (int)JourneyStatus.Waiting,
        (int)JourneyStatus.InSupport,
    ];

    public static async Task<List<OpenCase>> ReadAsync(
        IQuerySession session,
        string hubId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        await using var connection = session.DocumentStore.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "select id, clinician_id, status, risk, sessions_recorded, last_contact_at, not_attended, "
                + $"open_change_request from {session.DocumentStore.Options.DatabaseSchemaName}.mt_doc_journeysummary "
                + "where hub_id = $1 and status = any($2)",
            connection
        );
        command.Parameters.Add(new NpgsqlParameter { Value = hubId });
        command.Parameters.Add(new NpgsqlParameter { Value = AfterTriage });
        var cases = new List<OpenCase>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            cases.Add(
                new OpenCase(
                    reader.GetGuid(0),
                    reader.IsDBNull(1) ? null : reader.GetGuid(1),
                    (JourneyStatus)reader.GetInt32(2),
                    (RiskLevel)reader.GetInt32(3),
                    reader.GetInt32(4),
                    reader.GetFieldValue<DateTimeOffset>(5),
                    reader.GetInt32(6),
                    reader.IsDBNull(7) ? null : (AppointmentChangeKind)reader.GetInt32(7)
                )
            );
        }

        return cases;
    }
}
