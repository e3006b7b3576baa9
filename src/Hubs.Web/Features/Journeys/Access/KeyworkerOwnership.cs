namespace Hubs.Web.Features.Journeys.Access;

/// <summary>A keyworker's own journeys are those their account's subject id started.</summary>
public static class KeyworkerOwnership
{
    public static bool Owns(this KeyworkerCaller caller, Journey journey)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(journey);
        return journey.KeyworkerId == caller.Id;
    }
}
