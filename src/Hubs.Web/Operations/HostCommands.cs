using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Publishing;
using Marten;
using MassTransit;

namespace Hubs.Web.Operations;

/// <summary>
/// One-shot operator commands run through the host's own configuration:
/// <c>migrate</c> applies the clinical schema; <c>seed-demo</c> also adds synthetic demo journeys
/// (once); <c>republish</c> replays every journey milestone to the broker (the Insights rebuild);
/// <c>rewrap-data-keys</c> moves every data key under the current master key after a rotation;
/// <c>erase-keyworker</c> and <c>retention</c> destroy data keys (<see cref="PrivacyCommands"/>).
/// </summary>
internal static class HostCommands
{
    private static readonly string[] Commands = ["migrate", "seed-demo", "republish", "rewrap-data-keys", "erase-keyworker", "retention"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args[0] == "republish")
        {
            await RepublishAsync(app.Services);
            return 0;
        }

        if (args[0] == "erase-keyworker")
        {
            return await PrivacyCommands.EraseAsync(app.Services, args);
        }

        if (args[0] == "retention")
        {
            return await PrivacyCommands.RetentionAsync(app.Services, args);
        }

        if (args[0] == "rewrap-data-keys")
        {
            var rewrapped = await app.Services.GetRequiredService<DataKeyRewrapping>().RunAsync(CancellationToken.None);
            Console.WriteLine($"Re-wrapped {rewrapped} data keys under master key {app.Services.GetRequiredService<MasterKeys>().CurrentId}.");
            return 0;
        }

        var store = app.Services.GetRequiredService<IDocumentStore>();
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        if (args[0] == "seed-demo")
        {
            await DemoSeed.RunAsync(app.Services);
        }

        return 0;
    }

    private static async Task RepublishAsync(IServiceProvider services)
    {
        var bus = services.GetRequiredService<IBusControl>();
        await bus.StartAsync(TimeSpan.FromSeconds(60));
        try
        {
            var published = await services.GetRequiredService<RepublishAllMilestones>()
                .RunAsync(new Progress<RepublishProgress>(ProgressBar.Draw), CancellationToken.None);
            Console.Error.WriteLine();
            Console.WriteLine($"Replayed {published} events.");
        }
        finally
        {
            await bus.StopAsync();
        }
    }
}
