namespace Hubs.Web.Features.AdverseEvents.TakingUpHandOver;

/// <summary>A code the event gave out links one journey, once; null when it links nothing.</summary>
public static class LinkHandOverDecision
{
    public static SelfReferralLinked? Decide(AdverseEvent adverse, string code, Guid journeyId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(adverse);
        return adverse.HandOverCodes.Contains(code) && !adverse.LinkedCodes.Contains(code)
            ? new SelfReferralLinked(adverse.Id, code, journeyId, now)
            : null;
    }
}
