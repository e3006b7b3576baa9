using Hubs.Contracts.Journeys;
using Hubs.Insights.Store;

namespace Hubs.Insights.Consumers;

/// <summary>Records an onward referral's codes in its own row (the outcome, if it came first, is kept).</summary>
public sealed class JourneyReferredOnConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<JourneyReferredOn, JourneyReferredOnConsumer>(applyOnce),
        IMilestoneEffect<JourneyReferredOn>
{
    private static readonly MessageRow<JourneyReferredOn> Row = MessageRow.Replaced<JourneyReferredOn>(
        "insights.onward_referrals",
        keyLength: 2,
        ("journey_key", m => m.JourneyKey),
        ("referral_number", m => m.ReferralNumber),
        ("hub_id", m => m.HubId),
        ("month", m => m.Month),
        ("stage", m => m.Stage),
        ("kind", m => m.Kind),
        ("destination_kind", m => m.DestinationKind),
        ("reason", m => m.Reason)
    );

    public static Statement[] Effect(JourneyReferredOn message) => [Row.Of(message)];
}

/// <summary>
/// Records what came of an onward referral; a later answer (by stream version) replaces an earlier one.
/// </summary>
public sealed class OnwardReferralAnsweredConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<OnwardReferralAnswered, OnwardReferralAnsweredConsumer>(applyOnce),
        IMilestoneEffect<OnwardReferralAnswered>
{
    // Its own rule: the row may already hold the referral's codes, and the answer's version has its own column.
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
    private static readonly MessageRow<CareStepped> Row = MessageRow.Once<CareStepped>(
        "insights.care_steps",
        keyLength: 2,
        ("journey_key", m => m.JourneyKey),
        ("stream_version", m => m.StreamVersion),
        ("hub_id", m => m.HubId),
        ("month", m => m.Month),
        ("from_intervention", m => m.From),
        ("to_intervention", m => m.To),
        ("direction", m => m.Direction)
    );

    public static Statement[] Effect(CareStepped message) => [Row.Of(message)];
}
