using Microsoft.Extensions.DependencyInjection;

namespace Hubs.ServiceDefaults.Commands;

/// <summary>
/// How every host declares its commands: <c>services.AddHostCommand&lt;Migrate&gt;()</c>, one line each.
/// </summary>
public static class HostCommandRegistration
{
    public static IServiceCollection AddHostCommand<TCommand>(this IServiceCollection services)
        where TCommand : class, IHostCommand
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(new HostCommandEntry(TCommand.Name, TCommand.Help, typeof(TCommand)));
        return services;
    }
}
