using Hubs.Contracts.Journeys;
using Hubs.Insights.Store;

namespace Hubs.Insights.Consumers;

/// <summary>Records the referral's coarse facts and source for its pseudonymous journey, once per message.</summary>
public sealed class ReferralSubmittedConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<ReferralSubmitted, ReferralSubmittedConsumer>(applyOnce),
        IMilestoneEffect<ReferralSubmitted>
{
    private static readonly MessageRow<ReferralSubmitted> Row = MessageRow.Replaced<ReferralSubmitted>(
        "insights.journey_facts",
        keyLength: 1,
        ("journey_key", m => m.JourneyKey),
        ("hub_id", m => m.HubId),
        ("referral_week", m => m.IsoWeek),
        ("referral_month", m => m.Month),
        ("sector", m => m.Sector),
        ("staff_group", m => m.StaffGroup),
        ("age_band", m => m.AgeBand),
        ("sex", m => m.Sex),
        ("ethnicity_group", m => m.EthnicityGroup),
        ("disability", m => m.Disability),
        ("is_re_referral", m => m.IsReReferral)
    );

    public static Statement[] Effect(ReferralSubmitted message) => [Row.Of(message), ReferralSourceStore.Row(message)];
}
