using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;
using JasperFx.Events;

namespace Hubs.Web.Features.Journeys.ReadingJourney;

/// <summary>
/// What a clinician sees on opening a journey. <c>Person</c> is null once the keyworker's key is destroyed.
/// </summary>
public sealed record JourneyDetail(
    Guid Id,
    string HubId,
    JourneyStatus Status,
    long Version,
    DateTimeOffset SubmittedAt,
    RiskLevel Risk,
    TriageOutcome? TriageOutcome,
    InterventionType? Intervention,
    Guid? ClinicianId,
    Guid? PreviousJourneyId,
    PersonalDetails? Person,
    IReadOnlyList<Appointment> Appointments,
    IReadOnlyList<TimelineEntry> Timeline
)
{
    /// <summary>The detail of a journey already opened through the audited door, from its stored events.</summary>
    public static JourneyDetail From(IJourneyFacts journey, IReadOnlyList<IEvent> events)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(events);
        var submitted = events.Select(e => e.Data).OfType<SelfReferralSubmitted>().Single();
        return new JourneyDetail(
            journey.Id,
            journey.HubId,
            journey.Status,
            events[^1].Version,
            journey.SubmittedAt,
            journey.Risk,
            journey.TriageOutcome,
            journey.Intervention,
            journey.ClinicianId,
            journey.PreviousJourneyId,
            submitted.Person.Value,
            journey.Appointments,
            events.Select(ReadingJourney.Timeline.Entry).ToList()
        );
    }
}

/// <summary>One event of the journey, in order; <c>Note</c> carries its free text, if any and not shredded.</summary>
public sealed record TimelineEntry(long Version, DateTimeOffset At, string Event, string? Note);
