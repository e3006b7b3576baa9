using Hubs.Web.Features.Journeys.ChangingContactPreferences;

namespace Hubs.Web.Features.Journeys.Events;

/// <summary>
/// A clinician tried to reach the keyworker (a call, a text, an email) and says what came of it. No free text, so
/// nothing to seal: channel, outcome and time say nothing about the person beyond what the journey already does.
/// </summary>
public sealed record ContactAttemptLogged(
    Guid JourneyId,
    DateTimeOffset AttemptedAt,
    Guid ClinicianId,
    ContactChannel Channel,
    ContactOutcome Outcome,
    DateTimeOffset LoggedAt
) : IJourneyEvent;
