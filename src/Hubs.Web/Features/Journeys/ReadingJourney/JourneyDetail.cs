using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.ReadingJourney;

/// <summary>What a clinician sees on opening a journey. <c>Person</c> is null once the keyworker's key is destroyed.</summary>
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
    IReadOnlyList<TimelineEntry> Timeline);

/// <summary>One event of the journey, in order; <c>Note</c> carries its free text, if any and not shredded.</summary>
public sealed record TimelineEntry(long Version, DateTimeOffset At, string Event, string? Note);
