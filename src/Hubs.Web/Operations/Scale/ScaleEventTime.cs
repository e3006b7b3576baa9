using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.TeamActivities;

namespace Hubs.Web.Operations.Scale;

/// <summary>
/// When a seeded event happened in its story: the moment the event itself records, which a live append would have
/// stamped on it. A type the story does not tell has no such rule, so it is refused rather than stamped with the
/// seeding time.
/// </summary>
internal static class ScaleEventTime
{
    public static DateTimeOffset Of(object data) =>
        data switch
        {
            SelfReferralSubmitted e => e.SubmittedAt,
            ScreeningCompleted e => e.CompletedAt,
            RiskFlagRaised e => e.RaisedAt,
            ReferralTriaged e => e.TriagedAt,
            AppointmentBooked e => e.BookedAt,
            AppointmentAttended e => e.RecordedAt,
            AppointmentNotAttended e => e.RecordedAt,
            AppointmentCancelled e => e.CancelledAt,
            AssessmentCompleted e => e.AssessedAt,
            ClinicianAllocated e => e.AllocatedAt,
            TreatmentSessionRecorded e => e.RecordedAt,
            ClientDischarged e => e.DischargedAt,
            JourneyWithdrawn e => e.WithdrawnAt,
            TeamActivityPlanned e => e.PlannedAt,
            TeamActivityHeld e => e.RecordedAt,
            _ => throw new InvalidOperationException(
                $"seed-scale has no time for {data?.GetType().Name}: add it to ScaleEventTime."
            ),
        };

    /// <summary>
    /// Each event's time in a stream: its own, never before the one before it (a log's times do not go back within
    /// a stream) and never after <paramref name="now"/> (a booking may be told for a day not yet come).
    /// </summary>
    public static DateTimeOffset[] Of(IReadOnlyList<object> events, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(events);
        var times = new DateTimeOffset[events.Count];
        var last = DateTimeOffset.MinValue;
        for (var i = 0; i < events.Count; i++)
        {
            var at = Of(events[i]);
            last =
                at > now ? now
                : at < last ? last
                : at;
            times[i] = last;
        }

        return times;
    }
}
