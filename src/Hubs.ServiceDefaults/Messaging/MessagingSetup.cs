using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.ServiceDefaults.Messaging;

public static class MessagingSetup
{
    /// <summary>
    /// MassTransit over RabbitMQ (<c>RabbitMq:Uri</c>, e.g. amqp://user:pass@host:5672/vhost) with
    /// publisher confirms. The host waits until the bus is started, so an early publish cannot reach a
    /// fresh broker before its exchanges are bound.
    /// </summary>
    public static IServiceCollection AddHubsMessaging(
        this IServiceCollection services,
        IConfiguration configuration,
        Action<IBusRegistrationConfigurator>? registerConsumers = null
    )
    {
        var uri = configuration["RabbitMq:Uri"]
            ?? throw new InvalidOperationException("RabbitMq:Uri is not configured.");
        services.AddMassTransit(bus =>
        {
            registerConsumers?.Invoke(bus);
            bus.UsingRabbitMq(
                (context, rabbit) =>
                {
                    rabbit.Host(new Uri(uri), host => host.PublisherConfirmation = true);
                    rabbit.ConfigureEndpoints(context);
                }
            );
        });
        services.Configure<MassTransitHostOptions>(options =>
        {
            options.WaitUntilStarted = true;
            options.StartTimeout = TimeSpan.FromSeconds(60);
        });
        return services;
    }
}
