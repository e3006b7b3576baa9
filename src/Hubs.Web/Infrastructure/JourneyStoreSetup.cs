using Hubs.Web.Features.Audit;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.TeamActivities;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;

namespace Hubs.Web.Infrastructure;

public static class JourneyStoreSetup
{
    /// <summary>
    /// The journey read models, all inline: a write and its effect on the queues commit together, so a
    /// raised risk or a discharge shows at once. Team activities keep an inline snapshot of their own streams. The
    /// audit documents are indexed by journey.
    /// </summary>
    public static IServiceCollection AddJourneyReadModels(this IServiceCollection services) =>
        services.ConfigureMarten(options =>
        {
            options.Projections.Add<TriageQueueProjection>(ProjectionLifecycle.Inline);
            options.Projections.Add<CaseloadProjection>(ProjectionLifecycle.Inline);
            options.Projections.Add<WaitingListProjection>(ProjectionLifecycle.Inline);
            options.Projections.Add<MeasureHistoryProjection>(ProjectionLifecycle.Inline);
            options.Projections.Add<EvaluationRecordProjection>(ProjectionLifecycle.Inline);
            JourneyAppointmentsSetup.Configure(options);
            JourneySummarySetup.Configure(options);
            options.Projections.Snapshot<TeamActivity>(SnapshotLifecycle.Inline);
            StaffListIndexes.Configure(options);
            options.Schema.For<ReadAuditEntry>().Index(e => e.JourneyId);
            options.Schema.For<BreakGlassGrant>().Index(g => g.JourneyId);
            options.Schema.For<Features.Hubs.ChangingSettings.HubSettings>();
            options.Schema.For<Operations.Scale.ScaleCheckpoint>();
            Features.Journeys.CheckingInWhileWaiting.WhileWaitingSetup.Configure(options);
        });
}
