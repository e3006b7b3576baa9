using MassTransit;

namespace Hubs.Insights.Consumers;

/// <summary>Every milestone consumer, each on its own durable queue with the shared delivery policy.</summary>
public static class MilestoneConsumers
{
    public static readonly IReadOnlyList<Type> All =
    [
        typeof(ReferralSubmittedConsumer),
        typeof(JourneyScreenedConsumer),
        typeof(JourneyTriagedConsumer),
        typeof(JourneyAssessedConsumer),
        typeof(AppointmentOutcomeRecordedConsumer),
        typeof(SessionMeasuredConsumer),
        typeof(JourneyDischargedConsumer),
        typeof(KeyworkerWithdrewConsumer),
        typeof(TeamActivityRecordedConsumer),
    ];

    public static void Register(IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        foreach (var consumer in All)
        {
            bus.AddConsumer(consumer, typeof(MilestoneConsumerDefinition<>).MakeGenericType(consumer));
        }
    }
}
