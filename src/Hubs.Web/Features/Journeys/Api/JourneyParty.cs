namespace Hubs.Web.Features.Journeys.Api;

/// <summary>
/// Screening is done by the keyworker online or with a clinician of their Hub by phone: either may
/// write, each only to a journey they may see (the keyworker's own; the staff member's Hub's).
/// </summary>
public static class JourneyParty
{
    public static Func<Journey, bool> MayWrite(KeyworkerCaller? keyworker, StaffMember? staff) =>
        journey => keyworker?.Owns(journey) == true || (staff is not null && journey.HubId == staff.HubId);
}
