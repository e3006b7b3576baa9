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
    public static Statement[] Effect(MeasureResultRecorded message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var m = message;
        return
        [
            new Statement(
                MeasureResultsTable.Insert,
                m.JourneyKey,
                m.StreamVersion,
                m.HubId,
                m.Month,
                m.Measure,
                m.Occasion,
                m.Band,
                m.AtCaseness,
                m.Total
            ),
        ];
    }
}
