using Hubs.Contracts.Journeys;
using Hubs.Insights.Store;
using MassTransit;

namespace Hubs.Insights.Consumers;

/// <summary>Records the triage outcome code for its pseudonymous journey.</summary>
public sealed class JourneyTriagedConsumer(ApplyOnce applyOnce) : IConsumer<JourneyTriaged>
{
    private static readonly string Upsert = JourneyFactsSql.Upsert("triage_version", "triage_month", "triage_outcome");

    public Task Consume(ConsumeContext<JourneyTriaged> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var m = context.Message;
        return applyOnce.ApplyAsync(
            context,
            new Statement(Upsert, m.JourneyKey, m.HubId, m.StreamVersion, m.Month, m.Outcome)
        );
    }
}
