using Hubs.ServiceDefaults.Commands;
using Hubs.Web.Features.Publishing;
using MassTransit;

namespace Hubs.Web.Operations;

/// <summary>
/// The Insights rebuild's second half: every journey milestone replayed to the broker, with progress.
/// </summary>
internal sealed class RepublishCommand(IBusControl bus, RepublishAllMilestones republish) : IHostCommand
{
    public static string Name => "republish";

    public static string Help => "Replays every journey milestone to the broker (the Insights rebuild).";

    public async Task<int> RunAsync(HostCommandCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        await bus.StartAsync(TimeSpan.FromSeconds(60));
        try
        {
            var published = await republish.RunAsync(
                new Progress<RepublishProgress>(ProgressBar.Draw),
                CancellationToken.None
            );
            await call.Error.WriteLineAsync();
            await call.Output.WriteLineAsync($"Replayed {published} events.");
            return 0;
        }
        finally
        {
            await bus.StopAsync();
        }
    }
}
