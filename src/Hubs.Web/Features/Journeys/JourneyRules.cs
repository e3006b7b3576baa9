namespace Hubs.Web.Features.Journeys;

/// <summary>Refusals shared by several decisions, worded once.</summary>
public static class JourneyRules
{
    public static Decision Ended(Journey journey)
    {
        ArgumentNullException.ThrowIfNull(journey);
        return Decision.Refuse(
            "journey-ended",
            $"This journey has ended ({Words(journey.Status)}); nothing more can be recorded on it."
        );
    }

    public static string Words(JourneyStatus status) =>
        status switch
        {
            JourneyStatus.ClosedAtTriage => "closed at triage",
            JourneyStatus.InSupport => "in support",
            _ => status.ToString().ToLowerInvariant(),
        };
}
