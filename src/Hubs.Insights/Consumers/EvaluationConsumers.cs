using Hubs.Contracts.Journeys;
using Hubs.Insights.Store;

namespace Hubs.Insights.Consumers;

/// <summary>One experience response per journey and occasion; the later stream version wins.</summary>
public sealed class ExperienceGivenConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<ExperienceGiven, ExperienceGivenConsumer>(applyOnce),
        IMilestoneEffect<ExperienceGiven>
{
    private static readonly RowSql Upsert = new(
        """
        INSERT INTO insights.experience_responses AS t (journey_key, occasion, hub_id, stream_version, month, overall,
            items_answered, positive_items)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
        ON CONFLICT (journey_key, occasion) DO UPDATE SET
            hub_id = EXCLUDED.hub_id, stream_version = EXCLUDED.stream_version, month = EXCLUDED.month,
            overall = EXCLUDED.overall, items_answered = EXCLUDED.items_answered,
            positive_items = EXCLUDED.positive_items
        WHERE EXCLUDED.stream_version > t.stream_version
        """,
        KeyLength: 2
    );

    public static Statement[] Effect(ExperienceGiven message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var m = message;
        return
        [
            new Statement(
                Upsert,
                m.JourneyKey,
                m.Occasion,
                m.HubId,
                m.StreamVersion,
                m.Month,
                m.Overall,
                m.ItemsAnswered,
                m.PositiveItems
            ),
        ];
    }
}

/// <summary>Work outcomes per journey and occasion; the later stream version wins.</summary>
public sealed class WorkOutcomesMeasuredConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<WorkOutcomesMeasured, WorkOutcomesMeasuredConsumer>(applyOnce),
        IMilestoneEffect<WorkOutcomesMeasured>
{
    private static readonly RowSql Upsert = new(
        """
        INSERT INTO insights.work_outcomes AS t (journey_key, occasion, hub_id, stream_version, month, sick_days,
            work_status, leaving)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
        ON CONFLICT (journey_key, occasion) DO UPDATE SET
            hub_id = EXCLUDED.hub_id, stream_version = EXCLUDED.stream_version, month = EXCLUDED.month,
            sick_days = EXCLUDED.sick_days, work_status = EXCLUDED.work_status, leaving = EXCLUDED.leaving
        WHERE EXCLUDED.stream_version > t.stream_version
        """,
        KeyLength: 2
    );

    public static Statement[] Effect(WorkOutcomesMeasured message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var m = message;
        return
        [
            new Statement(
                Upsert,
                m.JourneyKey,
                m.Occasion,
                m.HubId,
                m.StreamVersion,
                m.Month,
                m.SickDays,
                m.WorkStatus,
                m.Leaving
            ),
        ];
    }
}

/// <summary>The journey's presenting themes; the later coding (stream version) wins.</summary>
public sealed class ThemesCodedConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<ThemesCoded, ThemesCodedConsumer>(applyOnce),
        IMilestoneEffect<ThemesCoded>
{
    private static readonly RowSql Upsert = new(
        """
        INSERT INTO insights.presenting_themes AS t (journey_key, hub_id, stream_version, month, themes)
        VALUES ($1, $2, $3, $4, $5)
        ON CONFLICT (journey_key) DO UPDATE SET
            hub_id = EXCLUDED.hub_id, stream_version = EXCLUDED.stream_version, month = EXCLUDED.month,
            themes = EXCLUDED.themes
        WHERE EXCLUDED.stream_version > t.stream_version
        """,
        KeyLength: 1
    );

    public static Statement[] Effect(ThemesCoded message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var m = message;
        return [new Statement(Upsert, m.JourneyKey, m.HubId, m.StreamVersion, m.Month, m.Themes.ToArray())];
    }
}
