using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.Events;

public enum ScreeningTakenBy
{
    Keyworker,
    ClinicianByPhone,
}

/// <summary>Screening measures were completed (totals only; answers stay with the questionnaire engine).</summary>
public sealed record ScreeningCompleted(
    Guid JourneyId,
    DateTimeOffset CompletedAt,
    ScreeningTakenBy TakenBy,
    int? Phq9Total,
    int? Gad7Total,
    RiskLevel Risk
) : IJourneyEvent;

/// <summary>
/// A self-harm answer (PHQ-9 item 9 at screening or at a session) raised the journey's risk; it goes to the top of
/// the triage queue. <paramref name="Source"/> is null on events stored before it was recorded (see RiskHistory).
/// </summary>
public sealed record RiskFlagRaised(Guid JourneyId, DateTimeOffset RaisedAt, RiskLevel Level, RiskSource? Source = null)
    : IJourneyEvent;

/// <summary>
/// A clinician triaged the referral. The reason and the service signposted to are free text, so they are personal
/// and sealed. <see cref="SignpostedTo"/> is only on events written before the service was sealed; nothing writes it
/// now.
/// </summary>
public sealed record ReferralTriaged(
    Guid JourneyId,
    DateTimeOffset TriagedAt,
    Guid ClinicianId,
    TriageOutcome Outcome,
    Personal<string> Reason,
    string? SignpostedTo,
    Personal<string>? Signposted = null
) : IJourneyEvent
{
    /// <summary>
    /// The service signposted to, sealed or (on older events) in clear; a method, so it is never serialised.
    /// </summary>
    public string? SignpostedService() => Signposted?.Value ?? SignpostedTo;
}
