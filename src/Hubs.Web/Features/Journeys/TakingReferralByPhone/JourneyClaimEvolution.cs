using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys;

/// <summary>A referral taken by phone waits for its keyworker to claim it; claiming makes it their account's.</summary>
public sealed partial record Journey
{
    /// <summary>Taken by phone and not yet claimed: no keyworker account can open it.</summary>
    public bool AwaitingClaim { get; init; }

    public Journey Apply(JourneyClaimCodeIssued e) => this;

    public Journey Apply(JourneyClaimed e) => this with { KeyworkerId = e.Keyworker, AwaitingClaim = false };
}
