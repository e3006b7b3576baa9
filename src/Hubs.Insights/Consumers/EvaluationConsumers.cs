using Hubs.Contracts.Journeys;
using Hubs.Insights.Store;

namespace Hubs.Insights.Consumers;

/// <summary>One experience response per journey and occasion; the later stream version wins.</summary>
public sealed class ExperienceGivenConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<ExperienceGiven, ExperienceGivenConsumer>(applyOnce),
        IMilestoneEffect<ExperienceGiven>
{
    private static readonly MessageRow<ExperienceGiven> Row = MessageRow.Latest<ExperienceGiven>(
        "insights.experience_responses",
        keyLength: 2,
        ("journey_key", m => m.JourneyKey),
        ("occasion", m => m.Occasion),
        ("hub_id", m => m.HubId),
        ("stream_version", m => m.StreamVersion),
        ("month", m => m.Month),
        ("overall", m => m.Overall),
        ("items_answered", m => m.ItemsAnswered),
        ("positive_items", m => m.PositiveItems)
    );

    public static Statement[] Effect(ExperienceGiven message) => [Row.Of(message)];
}

/// <summary>Work outcomes per journey and occasion; the later stream version wins.</summary>
public sealed class WorkOutcomesMeasuredConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<WorkOutcomesMeasured, WorkOutcomesMeasuredConsumer>(applyOnce),
        IMilestoneEffect<WorkOutcomesMeasured>
{
    private static readonly MessageRow<WorkOutcomesMeasured> Row = MessageRow.Latest<WorkOutcomesMeasured>(
        "insights.work_outcomes",
        keyLength: 2,
        ("journey_key", m => m.JourneyKey),
        ("occasion", m => m.Occasion),
        ("hub_id", m => m.HubId),
        ("stream_version", m => m.StreamVersion),
        ("month", m => m.Month),
        ("sick_days", m => m.SickDays),
        ("work_status", m => m.WorkStatus),
        ("leaving", m => m.Leaving)
    );

    public static Statement[] Effect(WorkOutcomesMeasured message) => [Row.Of(message)];
}

/// <summary>The journey's presenting themes; the later coding (stream version) wins.</summary>
public sealed class ThemesCodedConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<ThemesCoded, ThemesCodedConsumer>(applyOnce),
        IMilestoneEffect<ThemesCoded>
{
    private static readonly MessageRow<ThemesCoded> Row = MessageRow.Latest<ThemesCoded>(
        "insights.presenting_themes",
        keyLength: 1,
        ("journey_key", m => m.JourneyKey),
        ("hub_id", m => m.HubId),
        ("stream_version", m => m.StreamVersion),
        ("month", m => m.Month),
        ("themes", m => m.Themes.ToArray())
    );

    public static Statement[] Effect(ThemesCoded message) => [Row.Of(message)];
}
