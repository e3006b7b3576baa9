using Hubs.Contracts.Journeys;
using Hubs.Web.Features.Journeys;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// Where a referral came from, as the contract's codes: the answer's category code ("not-given" when unanswered or
/// recorded before it was asked) and the channel. No staff id, no free text.
/// </summary>
internal static class ReferralOriginCodes
{
    public static string HeardFrom(ReferralOrigin? origin) =>
        origin?.HeardFrom is { } source ? CategoryCodes.Code(source) : ReferralSourceCodes.NotGiven;

    public static string Channel(ReferralOrigin? origin) =>
        origin?.Channel == ReferralChannel.Phone ? ReferralSourceCodes.Phone : ReferralSourceCodes.Online;
}
