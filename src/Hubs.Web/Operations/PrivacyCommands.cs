using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Privacy;
using Marten;

namespace Hubs.Web.Operations;

/// <summary>
/// <c>erase-keyworker (KEYWORKER-ID | --journey JOURNEY-ID) --by NAME [--ground G] [--reference REF]</c>
/// destroys one keyworker's data key; <c>retention [--dry-run] --by NAME [--reference REF]</c> runs the
/// retention rule. Both print counts and ids only, never personal data. Exit 2: bad arguments or no such
/// journey.
/// </summary>
internal static class PrivacyCommands
{
    public static async Task<int> EraseAsync(IServiceProvider services, string[] args)
    {
        var by = Option(args, "--by");
        var ground = Enum.TryParse<ShreddingGround>((Option(args, "--ground") ?? "kept-without-need").Replace("-", "", StringComparison.Ordinal), true, out var g) ? g : (ShreddingGround?)null;
        var keyworkerId = Option(args, "--journey") is { } journey
            ? await KeyworkerOfAsync(services, journey)
            : args.Length > 1 && Guid.TryParse(args[1], out var id) ? id : null;
        if (by is null || ground is null || keyworkerId is null)
        {
            Console.Error.WriteLine("Usage: erase-keyworker (KEYWORKER-ID | --journey JOURNEY-ID) --by NAME [--ground kept-without-need|draft-expired|retention-expired] [--reference REF]");
            return 2;
        }

        var outcome = await services.GetRequiredService<KeyworkerErasure>()
            .EraseAsync(keyworkerId.Value, ground.Value, KeyworkerErasure.Operator, by, Option(args, "--reference"), CancellationToken.None);
        Console.WriteLine(outcome.Record is { } record
            ? $"Destroyed the data key of keyworker {keyworkerId} ({record.JourneyIds.Count} journeys); audit record {record.Id}."
            : $"Keyworker {keyworkerId} has no data key (already destroyed, or never created); nothing done.");
        return 0;
    }

    public static async Task<int> RetentionAsync(IServiceProvider services, string[] args)
    {
        var dryRun = args.Contains("--dry-run");
        var by = Option(args, "--by");
        if (by is null && !dryRun)
        {
            Console.Error.WriteLine("Usage: retention [--dry-run] --by NAME [--reference REF]");
            return 2;
        }

        var report = await services.GetRequiredService<RetentionRun>().RunAsync(dryRun, by ?? "dry run", Option(args, "--reference"), CancellationToken.None);
        Console.WriteLine(dryRun
            ? $"Dry run: {report.JourneysExamined} journeys examined; {report.KeyworkersDue} keyworkers due for destruction."
            : $"{report.JourneysExamined} journeys examined; {report.KeyworkersDue} keyworkers due; {report.KeysDestroyed} data keys destroyed.");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static async Task<Guid?> KeyworkerOfAsync(IServiceProvider services, string journey)
    {
        if (!Guid.TryParse(journey, out var journeyId))
        {
            return null;
        }

        await using var session = services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.LoadAsync<Journey>(journeyId))?.KeyworkerId;
    }
}
