using Hubs.Contracts;
using Hubs.Contracts.Journeys;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using JasperFx.Events;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// Onward referrals and steps of care: the destination's kind, never the service's name or id, and the referral's
/// number within its journey (its place in <see cref="Journey.OnwardReferrals"/>, which only grows), never its id.
/// </summary>
public sealed partial class MilestoneMapper
{
    private IJourneyMilestone? MapOnward(IEvent recorded, JourneyMapping journey) =>
        recorded.Data switch
        {
            OnwardReferralRecorded e when Number(journey, e.ReferralId) is { } n => Stamp(
                recorded,
                journey,
                e.RecordedAt,
                (k, h, v, w, m) =>
                    new JourneyReferredOn(
                        k,
                        h,
                        v,
                        w,
                        m,
                        n,
                        CategoryCodes.Code(e.Stage),
                        CategoryCodes.Code(e.Kind),
                        CategoryCodes.Code(e.ServiceKind),
                        CategoryCodes.Code(e.Reason)
                    )
            ),
            OnwardReferralOutcomeRecorded e when Number(journey, e.ReferralId) is { } n => Stamp(
                recorded,
                journey,
                e.RecordedAt,
                (k, h, v, w, m) => new OnwardReferralAnswered(k, h, v, w, m, n, CategoryCodes.Code(e.Outcome))
            ),
            InterventionStepped e => Stamp(recorded, journey, e.SteppedAt, (k, h, v, w, m) =>
                new CareStepped(
                    k,
                    h,
                    v,
                    w,
                    m,
                    CategoryCodes.Code(e.From),
                    CategoryCodes.Code(e.To),
                    CategoryCodes.Code(e.Direction)
                )
            ),
            _ => null,
        };

    private static int? Number(JourneyMapping journey, Guid referralId)
    {
        var index = journey.OnwardReferralIndex(referralId);
        return index < 0 ? null : index + 1;
    }
}

/// <summary>Onward referrals, their outcomes and steps of care.</summary>
internal static class OnwardMilestones
{
    public static readonly EventTypes Types = new(
        typeof(OnwardReferralRecorded),
        typeof(OnwardReferralOutcomeRecorded),
        typeof(InterventionStepped)
    );
}
