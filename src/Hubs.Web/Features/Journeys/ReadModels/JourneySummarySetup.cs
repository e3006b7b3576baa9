using JasperFx.Events.Projections;
using Marten;

namespace Hubs.Web.Features.Journeys.ReadModels;

/// <summary>
/// The pages' journey read model, inline (a page shown after a write reads it), indexed for the lists that ask by Hub
/// (overview, search), by Hub and status (the overview's open cases: a few thousand of a busy Hub's 50,000) and by
/// keyworker (their own journeys); the Hub and the wait marks in their own columns, the marks carried in the Hub's
/// index, so the overview counts a Hub's waits from the index alone (OverseeingHub/HubWaitCounts.cs; 50,000 table
/// rows read four times took 0.8 s, benchmarks/SCALE.md).
/// </summary>
public static class JourneySummarySetup
{
    private static readonly string[] WaitMarkColumns =
    [
        "waiting_for",
        "submitted_at",
        "assessed_at",
        "first_treatment_at",
        "second_treatment_at",
    ];

    /// <summary>
    /// What the hub overview counts of each open case (flags, supervision: OverseeingHub/OpenCases.cs), carried in the
    /// (Hub, status) index so that a Hub's few thousand open cases are read from the index alone: read from the table
    /// they were one page each, 2,750 pages for 2,750 cases at 50,000 journeys (benchmarks/SCALE.md).
    /// </summary>
    internal static readonly string[] OpenCaseColumns =
    [
        "id",
        "clinician_id",
        "risk",
        "sessions_recorded",
        "last_contact_at",
        "not_attended",
        "open_change_request",
    ];

    public static void Configure(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Projections.Add<JourneySummaryProjection>(ProjectionLifecycle.Inline);
        options
            .Schema.For<JourneySummary>()
            .Duplicate(j => j.HubId, configure: i => i.IncludeColumns = WaitMarkColumns)
            .Index(j => j.KeyworkerId)
            .Duplicate(j => j.Status)
            .Duplicate(j => j.Risk)
            .Duplicate(j => j.ClinicianId!)
            .Duplicate(j => j.SessionsRecorded)
            .Duplicate(j => j.LastContactAt)
            .Duplicate(j => j.NotAttended)
            .Duplicate(j => j.OpenChangeRequest!)
            .Index([j => j.HubId, j => j.Status], i => i.IncludeColumns = OpenCaseColumns)
            .Duplicate(j => j.SubmittedAt)
            .Duplicate(j => j.AssessedAt!)
            .Duplicate(j => j.FirstTreatmentAt!)
            .Duplicate(j => j.SecondTreatmentAt!)
            .Duplicate(j => j.WaitingFor);
    }
}
