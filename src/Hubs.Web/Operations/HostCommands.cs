using Hubs.ServiceDefaults.DataProtection;
using Npgsql;
using Hubs.Web.Features.Publishing;
using Marten;
using MassTransit;

namespace Hubs.Web.Operations;

/// <summary>
/// One-shot operator commands run through the host's own configuration:
/// <c>migrate</c> applies the clinical schema; <c>seed-demo</c> also adds synthetic demo journeys
/// (once); <c>republish</c> replays every journey milestone to the broker (the Insights rebuild);
/// <c>erase-keyworker</c>, <c>retention</c> and <c>rewrap-data-keys</c> look after the data keys
/// (<see cref="EraseKeyworkerCommand"/>, <see cref="PrivacyCommands"/>); <c>seed-scale</c> writes a synthetic
/// national data set for benchmarks (<see cref="Scale.SeedScaleCommand"/>).
/// </summary>
internal static class HostCommands
{
    private static readonly string[] Commands = ["migrate", "seed-demo", "republish", "rewrap-data-keys", "erase-keyworker", "retention", Scale.SeedScaleCommand.Name];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args[0] == "republish")
        {
            await RepublishAsync(app.Services);
            return 0;
        }

        switch (args[0])
        {
            case "erase-keyworker":
                return await EraseKeyworkerCommand.RunAsync(app.Services, args);
            case "retention":
                return await PrivacyCommands.RetentionAsync(app.Services, args);
            case "rewrap-data-keys":
                return await PrivacyCommands.RewrapAsync(app.Services);
            case Scale.SeedScaleCommand.Name:
                return await ActivatorUtilities.CreateInstance<Scale.SeedScaleCommand>(app.Services).RunAsync(args, CancellationToken.None);
        }

        var store = app.Services.GetRequiredService<IDocumentStore>();
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await SharedDataProtection.EnsureTableAsync(app.Services.GetRequiredService<NpgsqlDataSource>(), "clinical");
        await Hubs.ServiceDefaults.RateLimiting.WindowCounter.EnsureTableAsync(app.Services.GetRequiredService<NpgsqlDataSource>(), "clinical");
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
