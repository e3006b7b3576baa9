using MassTransit;

namespace Hubs.Insights.Consumers;

/// <summary>
/// Delivery policy shared by every milestone consumer: durable quorum queues (they survive a broker
/// crash) and retries spread over about a minute for a passing database error before a message goes
/// to the error queue. (Delayed redelivery would need a broker plugin Debian does not ship.)
/// Consumers deduplicate, so a redelivery is always safe. The retry is per consumer: the consumers share
/// one endpoint, and an endpoint-level retry would be added once for each of them.
/// </summary>
public class MilestoneConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context
    )
    {
        ArgumentNullException.ThrowIfNull(endpointConfigurator);
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.SetQuorumQueue();
        }

        ArgumentNullException.ThrowIfNull(consumerConfigurator);
        consumerConfigurator.UseMessageRetry(retry =>
            retry.Intervals(
                TimeSpan.FromMilliseconds(100),
                TimeSpan.FromMilliseconds(500),
                TimeSpan.FromSeconds(2),
                TimeSpan.FromSeconds(5),
                TimeSpan.FromSeconds(15),
                TimeSpan.FromSeconds(30)
            )
        );
    }
}
