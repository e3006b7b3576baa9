namespace Hubs.Web.Features.Journeys;

public enum JourneyStatus { Submitted }

/// <summary>The journey's current state, folded from its stream (an inline Marten snapshot).</summary>
public sealed record Journey(Guid Id, string HubId, JourneyStatus Status, DateTimeOffset SubmittedAt)
{
    /// <summary>Stream version, set by Marten; writes check it for optimistic concurrency.</summary>
    public long Version { get; set; }

    public static Journey Create(SelfReferralSubmitted submitted)
    {
        ArgumentNullException.ThrowIfNull(submitted);
        return new(submitted.JourneyId, submitted.HubId, JourneyStatus.Submitted, submitted.SubmittedAt);
    }
}
