using JasperFx.Events.Projections;
using Marten;

namespace Hubs.Web.Features.Journeys.ReadModels;

/// <summary>
/// The pages' journey read model, inline (a page shown after a write reads it), indexed for the lists that ask by Hub
/// (overview, search), by Hub and status (the overview's open cases: a few thousand of a busy Hub's 50,000) and by
/// keyworker (their own journeys); the wait marks in their own columns, so the overview
/// counts a Hub's waits in one query over columns (OverseeingHub/HubWaitCounts.cs).
/// </summary>
public static class JourneySummarySetup
{
    public static void Configure(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Projections.Add<JourneySummaryProjection>(ProjectionLifecycle.Inline);
        options
            .Schema.For<JourneySummary>()
            .Index(j => j.HubId)
            .Index(j => j.KeyworkerId)
            .Index([j => j.HubId, j => j.Status])
            .Duplicate(j => j.SubmittedAt)
            .Duplicate(j => j.AssessedAt!)
            .Duplicate(j => j.FirstTreatmentAt!)
            .Duplicate(j => j.SecondTreatmentAt!)
            .Duplicate(j => j.WaitingFor);
    }
}
