using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Privacy;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Operations;

/// <summary>What the clinical store holds about a keyworker's key, read as an auditor would.</summary>
public static class PrivacyRecords
{
    public static async Task<Guid> KeyworkerOfAsync(WebHostFixture web, Guid journeyId)
    {
        ArgumentNullException.ThrowIfNull(web);
        await using var session = web.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.LoadAsync<Journey>(journeyId))!.KeyworkerId;
    }

    public static async Task<IReadOnlyList<KeyDestructionRecord>> DestructionsAsync(
        WebHostFixture web,
        Guid keyworkerId
    )
    {
        ArgumentNullException.ThrowIfNull(web);
        await using var session = web.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Query<KeyDestructionRecord>().Where(r => r.KeyworkerId == keyworkerId).ToListAsync();
    }

    /// <summary>
    /// Data keys still held for the keyworker: one per journey, or theirs for data sealed before keys were per journey.
    /// </summary>
    public static async Task<long> KeysHeldAsync(WebHostFixture web, Guid keyworkerId)
    {
        ArgumentNullException.ThrowIfNull(web);
        await using var session = web.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var owners = (
            await session.Query<Journey>().Where(j => j.KeyworkerId == keyworkerId).Select(j => j.Id).ToListAsync()
        ).Append(keyworkerId);
        return await web.Database.CountAsync(
            "SELECT count(*) FROM clinical.keyworker_keys WHERE keyworker_id "
                + $"IN ({string.Join(',', owners.Select(o => $"'{o}'"))})"
        );
    }

    /// <summary>Lets the host's key cache lapse, so it sees what another process destroyed.</summary>
    public static void ForgetCachedKeys(WebHostFixture web)
    {
        ArgumentNullException.ThrowIfNull(web);
        web.Clock.Advance(KeyworkerKeys.CacheFor + TimeSpan.FromSeconds(1));
    }
}
