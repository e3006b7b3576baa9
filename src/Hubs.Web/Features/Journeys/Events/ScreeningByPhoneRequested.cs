namespace Hubs.Web.Features.Journeys.Events;

/// <summary>
/// The keyworker would rather go through the screening questions by phone with a clinician; the Hub sees it in
/// the triage queue. Their online answers stay open, so they may still answer online.
/// </summary>
public sealed record ScreeningByPhoneRequested(Guid JourneyId, DateTimeOffset RequestedAt) : IJourneyEvent;
