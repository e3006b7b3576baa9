using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Erasure;
using Marten;
using static Hubs.Web.Operations.CommandLine;

namespace Hubs.Web.Operations;

/// <summary>
/// <c>erase-keyworker (KEYWORKER-ID | --journey JOURNEY-ID) --by NAME [--ground G] [--reference REF]</c>:
/// destroys one keyworker's data key through <see cref="KeyworkerErasure"/>. Prints ids and counts only.
/// Exit 2: bad arguments or no such journey; nothing is destroyed.
/// </summary>
internal static class EraseKeyworkerCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var by = Option(args, "--by");
        var ground = Enum.TryParse<ShreddingGround>((Option(args, "--ground") ?? "kept-without-need").Replace("-", "", StringComparison.Ordinal), true, out var g) ? g : (ShreddingGround?)null;
        var keyworkerId = Option(args, "--journey") is { } journey
            ? await KeyworkerOfAsync(services, journey)
            : args.Length > 1 && Guid.TryParse(args[1], out var id) ? id : null;
        if (by is null || ground is null || keyworkerId is null)
        {
            Console.Error.WriteLine("Usage: erase-keyworker (KEYWORKER-ID | --journey JOURNEY-ID) --by NAME " + "[--ground kept-without-need|draft-expired|retention-expired] [--reference REF]");
            return 2;
        }

        var outcome = await services.GetRequiredService<KeyworkerErasure>()
            .EraseAsync(keyworkerId.Value, ground.Value, KeyworkerErasure.Operator, by, Option(args, "--reference"), CancellationToken.None);
        Console.WriteLine(outcome.Record is { } record
            ? $"Destroyed the data key of keyworker {keyworkerId} " + $"({record.JourneyIds.Count} journeys); audit record {record.Id}."
            : $"Keyworker {keyworkerId} has no data key (already destroyed, or never created); nothing done.");
        return 0;
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
