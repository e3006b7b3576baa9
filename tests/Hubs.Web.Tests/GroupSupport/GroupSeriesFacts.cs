using Hubs.Web.Features.GroupSupport;
using Hubs.Web.Features.GroupSupport.RecordingMeeting;
using Hubs.Web.Features.Journeys;

namespace Hubs.Web.Tests.GroupSupport;

/// <summary>A series' state built by folding its own events, as the inline snapshot does.</summary>
internal static class GroupSeriesFacts
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static GroupSeries Started(int minSize = 3, int maxSize = 8) =>
        GroupSeries.Create(
            new GroupSeriesStarted(
                Guid.NewGuid(),
                "north",
                GroupKind.ClinicalCafe,
                "Intensive care",
                Sector.Health,
                GroupCadence.Monthly,
                60,
                new GroupFacilitator(FacilitatorKind.ExternalIntervisor, null, null, "Balint group leader"),
                GroupMix.Mixed,
                GroupMix.Same,
                minSize,
                maxSize,
                Now.AddDays(-200)
            )
        );

    /// <summary>The series with a meeting scheduled <paramref name="daysAgo"/> days before now.</summary>
    public static (GroupSeries Series, Guid MeetingId) Scheduled(GroupSeries series, int daysAgo)
    {
        var id = Guid.NewGuid();
        return (series.Apply(new GroupMeetingScheduled(series.Id, id, Now.AddDays(-daysAgo), Now)), id);
    }

    public static GroupSeries Held(GroupSeries series, int daysAgo, int attended)
    {
        var (s, id) = Scheduled(series, daysAgo);
        return Fold(s, RecordMeetingDecisions.RecordHeld(s, id, new RecordGroupMeetingHeld(attended), Now));
    }

    public static GroupSeries Cancelled(GroupSeries series, int daysAgo)
    {
        var (s, id) = Scheduled(series, daysAgo);
        var cancel = new CancelGroupMeeting(MeetingCancellationReason.ClinicalPressures);
        return Fold(s, RecordMeetingDecisions.Cancel(s, id, cancel, Now));
    }

    public static GroupSeries Fold(GroupSeries series, Decision decision)
    {
        Assert.Null(decision.Refusal);
        foreach (var e in decision.Events)
        {
            series = e switch
            {
                GroupMeetingHeld held => series.Apply(held),
                GroundRulesAgreed agreed => series.Apply(agreed),
                GroupMeetingCancelled cancelled => series.Apply(cancelled),
                GroupMeetingRatingOpened opened => series.Apply(opened),
                GroupMeetingRated rated => series.Apply(rated),
                ProtectedTimeConfirmed confirmed => series.Apply(confirmed),
                GroupMeetingScheduled scheduled => series.Apply(scheduled),
                GroupFacilitatorChanged changed => series.Apply(changed),
                _ => throw new InvalidOperationException(e.GetType().Name),
            };
        }

        return series;
    }
}
