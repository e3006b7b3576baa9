using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.TeamActivities;
using JasperFx.Events;
using Marten;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// The inline snapshots of the streams a page of events belongs to, loaded once per page (of a journey, only what
/// the mapper reads: <see cref="JourneyMapping"/>). Most events do not carry their Hub, the referral's date or an
/// appointment's purpose; the snapshots do, and those facts never change once recorded, so a replay maps every event
/// exactly as the live run did.
/// </summary>
public sealed record MilestoneContext(
    IReadOnlyDictionary<Guid, JourneyMapping> Journeys,
    IReadOnlyDictionary<Guid, TeamActivity> Activities
)
{
    /// <summary>The group series of the page's meeting events (Features/GroupSupport).</summary>
    public IReadOnlyDictionary<Guid, GroupSupport.GroupSeries> Series { get; init; } =
        new Dictionary<Guid, GroupSupport.GroupSeries>();

    /// <summary>
    /// The adverse events, workshops, consultations and outreach of the page's events (HubWorkSnapshots).
    /// </summary>
    public IReadOnlyDictionary<Guid, object> HubWork { get; init; } = new Dictionary<Guid, object>();

    public static MilestoneContext Empty { get; } =
        new(new Dictionary<Guid, JourneyMapping>(), new Dictionary<Guid, TeamActivity>());

    /// <summary>
    /// False for a journey or team-activity event whose stream has no snapshot: its milestone cannot be
    /// mapped, which an operator must hear about (a rebuild after restoring the snapshots recovers it).
    /// </summary>
    public bool HasSnapshotFor(IEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        return SnapshotOf(recorded.Data) switch
        {
            Snapshot.Journey => Journeys.ContainsKey(recorded.StreamId),
            Snapshot.Activity => Activities.ContainsKey(recorded.StreamId),
            Snapshot.Series => Series.ContainsKey(recorded.StreamId),
            Snapshot.HubWork => HubWork.ContainsKey(recorded.StreamId),
            _ => true,
        };
    }

    /// <summary>The snapshot an event's mapping reads: none for the referral (its event carries all it maps).</summary>
    private static Snapshot SnapshotOf(object data) =>
        data switch
        {
            SelfReferralSubmitted => Snapshot.None,
            // Appended by erasure and by the keyworker's contact change, which publish nothing (no snapshot needed).
            PersonalDataShredded or ContactPreferencesChanged => Snapshot.None,
            _ when TeamMilestones.Types.Contains(data) => Snapshot.Activity,
            _ when GroupMilestones.Types.Contains(data) => Snapshot.Series,
            _ when HubWorkSnapshots.TypeOf(data) is not null => Snapshot.HubWork,
            _ when data.GetType().Namespace?.StartsWith(typeof(Journey).Namespace!, StringComparison.Ordinal) == true =>
                Snapshot.Journey,
            _ => Snapshot.None,
        };

    /// <summary>
    /// The snapshots of a page's streams; the journeys' whole through the session, or their mapping as
    /// <c>loadJourneys</c> reads it (the rebuild's export: <see cref="JourneyMappingColumns"/>), by journey id.
    /// </summary>
    public static async Task<MilestoneContext> LoadAsync(
        IQuerySession session,
        IReadOnlyList<IEvent> events,
        CancellationToken cancellationToken,
        Func<Guid[], CancellationToken, Task<IReadOnlyDictionary<Guid, JourneyMapping>>>? loadJourneys = null
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(events);
        var activityIds = Streams(events, Snapshot.Activity);
        var journeyIds = JourneyStreams(events);
        var journeys =
            journeyIds.Length == 0 ? new Dictionary<Guid, JourneyMapping>()
            : loadJourneys is null
                ? (await session.LoadManyAsync<Journey>(cancellationToken, journeyIds)).ToDictionary(
                    j => j.Id,
                    JourneyMapping.Of
                )
            : await loadJourneys(journeyIds, cancellationToken);
        var activities =
            activityIds.Length == 0 ? [] : await session.LoadManyAsync<TeamActivity>(cancellationToken, activityIds);
        var seriesIds = events
            .Where(e => GroupMilestones.Types.Contains(e.Data))
            .Select(e => e.StreamId)
            .Distinct()
            .ToArray();
        var series =
            seriesIds.Length == 0
                ? []
                : await session.LoadManyAsync<GroupSupport.GroupSeries>(cancellationToken, seriesIds);
        return new MilestoneContext(journeys, activities.ToDictionary(a => a.Id))
        {
            Series = series.ToDictionary(s => s.Id),
            HubWork = await HubWorkSnapshots.LoadAsync(session, events, cancellationToken),
        };
    }

    /// <summary>The streams of the events whose mapping reads their journey's snapshot.</summary>
    internal static Guid[] JourneyStreams(IReadOnlyList<IEvent> events) => Streams(events, Snapshot.Journey);

    private static Guid[] Streams(IReadOnlyList<IEvent> events, Snapshot of) =>
        events.Where(e => SnapshotOf(e.Data) == of).Select(e => e.StreamId).Distinct().ToArray();

    private enum Snapshot
    {
        None,
        Journey,
        Activity,
        Series,
        HubWork,
    }
}
