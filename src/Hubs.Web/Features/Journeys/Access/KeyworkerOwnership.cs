namespace Hubs.Web.Features.Journeys.Access;

/// <summary>A keyworker's own journeys are those their account's subject id started.</summary>
public static class KeyworkerOwnership
{
    public static bool Owns(this KeyworkerCaller caller, IJourneyFacts journey)
    {
        ArgumentNullException.ThrowIfNull(journey);
        return caller.Owns(journey.KeyworkerId);
    }

    /// <summary>The same test on a read model that carries whose journey it is.</summary>
    public static bool Owns(this KeyworkerCaller caller, Guid keyworkerId)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return keyworkerId == caller.Id;
    }
}
