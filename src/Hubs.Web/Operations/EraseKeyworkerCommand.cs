using Hubs.ServiceDefaults.Commands;
using Hubs.Web.Features.Erasure;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Privacy;
using Marten;

namespace Hubs.Web.Operations;

/// <summary>
/// Destroys one keyworker's data key through <see cref="KeyworkerErasure"/>. Prints ids and counts only.
/// Exit 2: bad arguments or no such journey; nothing is destroyed.
/// </summary>
internal sealed class EraseKeyworkerCommand(KeyworkerErasure erasure, IDocumentStore store) : IHostCommand
{
    private const string Usage =
        "erase-keyworker (KEYWORKER-ID | --journey JOURNEY-ID) --by NAME "
        + "[--ground kept-without-need|draft-expired|retention-expired] [--reference REF]";

    public static string Name => "erase-keyworker";

    public static string Help => Usage;

    public async Task<int> RunAsync(HostCommandCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var by = call.Option("--by");
        var ground = ParseGround(call.Option("--ground") ?? "kept-without-need");
        var keyworkerId =
            call.Option("--journey") is { } journey ? await KeyworkerOfAsync(journey)
            : Guid.TryParse(call.Positional, out var id) ? id
            : null;
        if (by is null || ground is null || keyworkerId is null)
        {
            return await call.UsageAsync(Usage);
        }

        var outcome = await erasure.EraseAsync(
            keyworkerId.Value,
            ground.Value,
            KeyworkerErasure.Operator,
            by,
            call.Option("--reference"),
            CancellationToken.None
        );
        await call.Output.WriteLineAsync(
            outcome.Record is { } record
                ? $"Destroyed the data key of keyworker {keyworkerId} ({record.JourneyIds.Count} journeys); "
                    + $"audit record {record.Id}."
                : $"Keyworker {keyworkerId} has no data key (already destroyed, or never created); nothing done."
        );
        return 0;
    }

    private static ShreddingGround? ParseGround(string value) =>
        Enum.TryParse<ShreddingGround>(value.Replace("-", "", StringComparison.Ordinal), true, out var ground)
            ? ground
            : null;

    private async Task<Guid?> KeyworkerOfAsync(string journey)
    {
        if (!Guid.TryParse(journey, out var journeyId))
        {
            return null;
        }

        await using var session = store.QuerySession();
        return (await session.LoadAsync<Journey>(journeyId))?.KeyworkerId;
    }
}
