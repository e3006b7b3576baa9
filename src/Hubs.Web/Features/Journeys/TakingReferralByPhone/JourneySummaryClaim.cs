using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys.ReadModels;

/// <summary>A claimed referral taken by phone becomes the claimant's on every page (their list, the record).</summary>
public sealed partial class JourneySummaryProjection
{
    public static JourneySummary Apply(JourneyClaimed e, JourneySummary j) =>
        j with
        {
            KeyworkerId = e.Keyworker,
            AwaitingClaim = false,
        };
}
