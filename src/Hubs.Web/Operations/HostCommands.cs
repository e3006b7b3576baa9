using Marten;

namespace Hubs.Web.Operations;

/// <summary>
/// One-shot operator commands run through the host's own configuration:
/// <c>migrate</c> applies the clinical schema; <c>seed-demo</c> also adds synthetic demo journeys (once).
/// </summary>
internal static class HostCommands
{
    private static readonly string[] Commands = ["migrate", "seed-demo"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var store = app.Services.GetRequiredService<IDocumentStore>();
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        if (args[0] == "seed-demo")
        {
            await DemoSeed.RunAsync(app.Services);
        }

        return 0;
    }
}
