using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Tests.Operations;

/// <summary>
/// Where a journey stands, worked out from its events alone (the rules of src/DOMAIN-RULES.md, not the projections'
/// code), to hold the read models written by the seeding against.
/// </summary>
internal static class ScaleStages
{
    public static readonly Type[] Every =
    [
        typeof(SelfReferralSubmitted),
        typeof(ScreeningCompleted),
        typeof(RiskFlagRaised),
        typeof(ReferralTriaged),
        typeof(AssessmentCompleted),
        typeof(ClinicianAllocated),
        typeof(AppointmentBooked),
        typeof(AppointmentAttended),
        typeof(AppointmentNotAttended),
        typeof(AppointmentCancelled),
        typeof(TreatmentSessionRecorded),
        typeof(ClientDischarged),
        typeof(JourneyWithdrawn),
    ];

    public static bool Ended(IReadOnlyList<IJourneyEvent> events) =>
        events.Any(e => e is ClientDischarged or JourneyWithdrawn);

    public static bool InTriageQueue(IReadOnlyList<IJourneyEvent> events) =>
        !Ended(events) && !events.OfType<ReferralTriaged>().Any();

    public static bool OnCaseload(IReadOnlyList<IJourneyEvent> events) =>
        !Ended(events) && events.OfType<ClinicianAllocated>().Any();

    /// <summary>Triaged to assessment and no attended treatment appointment yet.</summary>
    public static bool OnWaitingList(IReadOnlyList<IJourneyEvent> events)
    {
        var treatment = events
            .OfType<AppointmentBooked>()
            .Where(b => b.Purpose == AppointmentPurpose.Treatment)
            .Select(b => b.AppointmentId)
            .ToHashSet();
        return !Ended(events)
            && events.OfType<ReferralTriaged>().Any(t => t.Outcome == TriageOutcome.Assess)
            && !events.OfType<AppointmentAttended>().Any(a => treatment.Contains(a.AppointmentId));
    }
}
