using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Journeys.ReferringOn;
using Marten;
using Marten.Events.Aggregation;

namespace Hubs.Web.Operations;

/// <summary>
/// Inline read models added after journeys already existed hold nothing for those journeys until they are built
/// from the events. <c>migrate</c> builds each one whose table is empty while events it folds exist, so an upgraded
/// database shows the diary, free slots, the journey pages, the keyworker's pages, onward referrals and steps of care
/// (caseload, hub overview, record) and the evaluation record for every journey, not only new ones.
/// </summary>
internal static class NewReadModels
{
    public static async Task BuildMissingAsync(IDocumentStore store, CancellationToken cancellationToken)
    {
        await BuildIfEmptyAsync<JourneyAppointments, JourneyAppointmentsProjection>(store, cancellationToken);
        await BuildIfEmptyAsync<JourneySummary, JourneySummaryProjection>(store, cancellationToken);
        await BuildIfEmptyAsync<OnwardRecord, OnwardRecordProjection>(store, cancellationToken);
        await BuildIfEmptyAsync<EvaluationRecord, EvaluationRecordProjection>(store, cancellationToken);
        await RebuildSummariesWithoutWaitMarksAsync(store, cancellationToken);
        await FillSummaryHubColumnAsync(store, cancellationToken);
        await FillAppointmentCliniciansAsync(store, cancellationToken);
    }

    /// <summary>
    /// Appointments written before the journey's clinicians had their own column (issue 22: the diary's and free
    /// slots' index on it replaced one on the whole document) hold null or an empty array there: filled from the
    /// document, null without an appointment (so the partial index skips it), once; one written since is right.
    /// </summary>
    private static async Task FillAppointmentCliniciansAsync(IDocumentStore store, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        session.QueueSqlCommand(
            $"update {store.Options.DatabaseSchemaName}.mt_doc_journeyappointments set clinicians = "
                + "(select array_agg(distinct (a ->> 'ClinicianId')::uuid) "
                + "from jsonb_array_elements(data -> 'Appointments') a) "
                + "where clinicians = '{}' or (clinicians is null and data -> 'Appointments' <> '[]')"
        );
        await session.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Summaries written before the Hub had its own column (issue 22: the overview's waits read the Hub's index
    /// alone) hold null there: copied from the document, once; a summary written since carries it already.
    /// </summary>
    private static async Task FillSummaryHubColumnAsync(IDocumentStore store, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        session.QueueSqlCommand(
            $"update {store.Options.DatabaseSchemaName}.mt_doc_journeysummary set hub_id = data ->> 'HubId' "
                + "where hub_id is null"
        );
        await session.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Summaries written before the wait marks had their own columns (issue 22) hold nulls there, and the hub
    /// overview would not count their waits: fold them again from the events, once.
    /// </summary>
    private static async Task RebuildSummariesWithoutWaitMarksAsync(
        IDocumentStore store,
        CancellationToken cancellationToken
    )
    {
        await using (var session = store.QuerySession())
        {
            var stale = await session.QueryAsync<bool>(
                $"select exists (select 1 from {store.Options.DatabaseSchemaName}.mt_doc_journeysummary "
                    + "where waiting_for is null)",
                cancellationToken
            );
            if (!stale.Single())
            {
                return;
            }
        }

        using var daemon = await store.BuildProjectionDaemonAsync();
        await daemon.RebuildProjectionAsync<JourneySummaryProjection>(TimeSpan.FromMinutes(60), cancellationToken);
    }

    /// <summary>
    /// Builds the read model from the events when its table is empty while an event it folds exists. A journey has
    /// some read models only from a later event than its referral (<see cref="AfterReferralProjection{TDocument}"/>),
    /// so an empty table with journeys in the store does not by itself mean the model was never built.
    /// </summary>
    private static async Task BuildIfEmptyAsync<TDocument, TProjection>(
        IDocumentStore store,
        CancellationToken cancellationToken
    )
        where TDocument : class
        where TProjection : SingleStreamProjection<TDocument, Guid>
    {
        await using (var session = store.QuerySession())
        {
            // Built: the usual case, answered from the read model's table alone. Otherwise the events are looked
            // through, until the first one the model folds.
            if (await session.Query<TDocument>().AnyAsync(cancellationToken))
            {
                return;
            }

            var documents = (DocumentStore)store;
            var events = documents.Events;
            var types = documents
                .Options.Projections.All.OfType<TProjection>()
                .Single()
                .AllEventTypes.Select(t => events.EventMappingFor(t).EventTypeName)
                .ToArray();
            var folded = await session.QueryAsync<bool>(
                $"select exists (select 1 from {events.DatabaseSchemaName}.mt_events where type = any(?))",
                cancellationToken,
                [types]
            );
            if (!folded.Single())
            {
                return;
            }
        }

        using var daemon = await store.BuildProjectionDaemonAsync();
        await daemon.RebuildProjectionAsync<TProjection>(TimeSpan.FromMinutes(10), cancellationToken);
    }
}
