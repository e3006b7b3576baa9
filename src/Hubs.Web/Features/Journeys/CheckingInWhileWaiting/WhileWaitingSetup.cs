using Hubs.Web.Features.Hubs.KeepingSelfHelpLibrary;
using Hubs.Web.Features.Journeys.TakingReferralByPhone;
using Marten;

namespace Hubs.Web.Features.Journeys.CheckingInWhileWaiting;

/// <summary>
/// The documents of issue 20's waiting and referral-source work: the self-help library and claim codes.
/// </summary>
public static class WhileWaitingSetup
{
    public static void Configure(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Schema.For<SelfHelpItem>().Index(i => i.HubId);
        options.Schema.For<JourneyClaimCode>().Index(c => c.JourneyId);
    }
}
