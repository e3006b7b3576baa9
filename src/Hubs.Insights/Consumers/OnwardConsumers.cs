using Hubs.Contracts.Journeys;
using Hubs.Insights.Store;

namespace Hubs.Insights.Consumers;

/// <summary>Records an onward referral's codes in its own row (the outcome, if it came first, is kept).</summary>
public sealed class JourneyReferredOnConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<JourneyReferredOn, JourneyReferredOnConsumer>(applyOnce),
        IMilestoneEffect<JourneyReferredOn>
{
    private static readonly RowSql Upsert = new(
        """
        INSERT INTO insights.onward_referrals AS o (journey_key, referral_number, hub_id, month, stage, kind,
            destination_kind, reason)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
        ON CONFLICT (journey_key, referral_number) DO UPDATE SET
            hub_id = EXCLUDED.hub_id, month = EXCLUDED.month, stage = EXCLUDED.stage, kind = EXCLUDED.kind,
            destination_kind = EXCLUDED.destination_kind, reason = EXCLUDED.reason
        """,
        KeyLength: 2
    );

    public static Statement[] Effect(JourneyReferredOn message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var m = message;
        return
        [
            new Statement(
                Upsert,
                m.JourneyKey,
                m.ReferralNumber,
                m.HubId,
                m.Month,
                m.Stage,
                m.Kind,
                m.DestinationKind,
                m.Reason
            ),
        ];
    }
}

/// <summary>
/// Records what came of an onward referral; a later answer (by stream version) replaces an earlier one.
/// </summary>
public sealed class OnwardReferralAnsweredConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<OnwardReferralAnswered, OnwardReferralAnsweredConsumer>(applyOnce),
        IMilestoneEffect<OnwardReferralAnswered>
{
    private static readonly RowSql Upsert = new(
        """
        INSERT INTO insights.onward_referrals AS o (journey_key, referral_number, hub_id, outcome_version, outcome)
        VALUES ($1, $2, $3, $4, $5)
        ON CONFLICT (journey_key, referral_number) DO UPDATE SET
            outcome_version = EXCLUDED.outcome_version, outcome = EXCLUDED.outcome
        WHERE o.outcome_version IS NULL OR EXCLUDED.outcome_version > o.outcome_version
        """,
        KeyLength: 2
    );

    public static Statement[] Effect(OnwardReferralAnswered message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var m = message;
        return [new Statement(Upsert, m.JourneyKey, m.ReferralNumber, m.HubId, m.StreamVersion, m.Outcome)];
    }
}

/// <summary>One row per change of the planned intervention.</summary>
public sealed class CareSteppedConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<CareStepped, CareSteppedConsumer>(applyOnce),
        IMilestoneEffect<CareStepped>
{
    private static readonly RowSql Insert = new(
        """
        INSERT INTO insights.care_steps (journey_key, stream_version, hub_id, month, from_intervention,
            to_intervention, direction)
        VALUES ($1, $2, $3, $4, $5, $6, $7)
        ON CONFLICT DO NOTHING
        """,
        KeyLength: 2
    );

    public static Statement[] Effect(CareStepped message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var m = message;
        return [new Statement(Insert, m.JourneyKey, m.StreamVersion, m.HubId, m.Month, m.From, m.To, m.Direction)];
    }
}
