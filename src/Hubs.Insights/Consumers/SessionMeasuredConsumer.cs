using Hubs.Contracts.Journeys;
using Hubs.Insights.Store;

namespace Hubs.Insights.Consumers;

/// <summary>
/// Records a treatment session's PHQ-9 and GAD-7 totals; the last by stream version is the journey's last score.
/// </summary>
public sealed class SessionMeasuredConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<SessionMeasured, SessionMeasuredConsumer>(applyOnce),
        IMilestoneEffect<SessionMeasured>
{
    public static Statement[] Effect(SessionMeasured message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var m = message;
        return
        [
            new Statement(
                JourneyFactsSql.InsertMeasure,
                m.JourneyKey,
                m.StreamVersion,
                m.HubId,
                "session",
                m.Phq9Total,
                m.Gad7Total
            ),
        ];
    }
}
