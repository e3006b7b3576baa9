using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.RecordingSession;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.CheckingInWhileWaiting;

/// <summary>
/// Pure decision on a waiting-well check-in (src/DOMAIN-RULES.md, "Waiting well"): only while waiting — from the
/// referral until the first attended treatment appointment, on a journey not ended or closed at triage — and at most
/// once in <see cref="Interval"/>. The self-harm answer is scored by the screening's own item, so any answer above
/// none raises the same risk flag.
/// </summary>
public static class CheckInDecision
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(7);

    public static bool IsWaiting(Journey journey)
    {
        ArgumentNullException.ThrowIfNull(journey);
        return !journey.HasEnded
            && journey.Status is not JourneyStatus.InSupport
            && !journey.Appointments.Any(a =>
                a is { Purpose: AppointmentPurpose.Treatment, State: AppointmentState.Attended }
            );
    }

    /// <summary>When the next check-in may be answered, or null when it may be now.</summary>
    public static DateTimeOffset? NextAllowed(Journey journey, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(journey);
        return journey.LastCheckInAt is { } last && last + Interval > now ? last + Interval : null;
    }

    public static Decision Decide(Journey journey, WaitingWellAnswers answers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(answers);
        if (!IsWaiting(journey))
        {
            return Decision.Refuse(
                "not-waiting",
                "The check-in is for while you wait. Your support has started or ended, so it is closed."
            );
        }

        if (NextAllowed(journey, now) is not null)
        {
            return Decision.Refuse(
                "check-in-too-soon",
                "You answered the check-in less than a week ago. You can answer it again a week after your last answer."
            );
        }

        if (answers.SafetyAnswer is { } safety && !SessionMeasures.Item9.Allows(safety))
        {
            return Decision.Refuse("invalid-answers", "Choose one of the answers to the last question.");
        }

        var checkedIn = new WaitingWellCheckedIn(journey.Id, now, Personal.Of(journey.SealedWith, answers));
        var risk = answers.SafetyAnswer is { } value ? SessionMeasures.Item9.Risk!.Assess(value) : RiskLevel.None;
        return risk > RiskLevel.None
            ? Decision.Accept(checkedIn, new RiskFlagRaised(journey.Id, now, risk, RiskSource.CheckIn))
            : Decision.Accept(checkedIn);
    }
}
