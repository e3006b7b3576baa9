using Hubs.Contracts.Journeys;
using Hubs.Insights.Store;

namespace Hubs.Insights.Consumers;

/// <summary>
/// Records one completed questionnaire's codes; a journey's first and last result of a measure are read by stream
/// version, whatever order the messages arrive in.
/// </summary>
public sealed class MeasureResultRecordedConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<MeasureResultRecorded, MeasureResultRecordedConsumer>(applyOnce),
        IMilestoneEffect<MeasureResultRecorded>
{
    private static readonly MessageRow<MeasureResultRecorded> Row = MessageRow.Once<MeasureResultRecorded>(
        "insights.measure_results",
        keyLength: 2,
        ("journey_key", m => m.JourneyKey),
        ("stream_version", m => m.StreamVersion),
        ("hub_id", m => m.HubId),
        ("month", m => m.Month),
        ("measure", m => m.Measure),
        ("occasion", m => m.Occasion),
        ("band", m => m.Band),
        ("at_caseness", m => m.AtCaseness),
        ("total", m => m.Total)
    );

    public static Statement[] Effect(MeasureResultRecorded message) => [Row.Of(message)];
}
