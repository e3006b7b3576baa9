using Hubs.Contracts.Journeys;
using Hubs.Insights.Store;

namespace Hubs.Insights.Consumers;

/// <summary>Records the referral's coarse facts and source for its pseudonymous journey, once per message.</summary>
public sealed class ReferralSubmittedConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<ReferralSubmitted, ReferralSubmittedConsumer>(applyOnce),
        IMilestoneEffect<ReferralSubmitted>
{
    private static readonly RowSql Upsert = new(
        """
        INSERT INTO insights.journey_facts
            (journey_key, hub_id, referral_week, referral_month, sector, staff_group, age_band, sex,
            ethnicity_group, disability, is_re_referral)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
        ON CONFLICT (journey_key) DO UPDATE SET
            hub_id = EXCLUDED.hub_id, referral_week = EXCLUDED.referral_week, referral_month = EXCLUDED.referral_month,
            sector = EXCLUDED.sector, staff_group = EXCLUDED.staff_group, age_band = EXCLUDED.age_band,
            sex = EXCLUDED.sex, ethnicity_group = EXCLUDED.ethnicity_group, disability = EXCLUDED.disability,
            is_re_referral = EXCLUDED.is_re_referral
        """,
        KeyLength: 1
    );

    public static Statement[] Effect(ReferralSubmitted message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var m = message;
        return
        [
            new Statement(
                Upsert,
                m.JourneyKey,
                m.HubId,
                m.IsoWeek,
                m.Month,
                m.Sector,
                m.StaffGroup,
                m.AgeBand,
                m.Sex,
                m.EthnicityGroup,
                m.Disability,
                m.IsReReferral
            ),
            ReferralSourceStore.Row(m),
        ];
    }
}
