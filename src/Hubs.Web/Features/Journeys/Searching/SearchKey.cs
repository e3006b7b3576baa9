using System.Security.Cryptography;
using System.Text;
using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Journeys.Searching;

/// <summary>
/// Each Hub's secret search key: 32 random bytes kept in the key store with the journeys' data keys
/// (<c>clinical.keyworker_keys</c>, wrapped by <c>DataKeys:MasterKey</c>, re-wrapped by <c>rewrap-data-keys</c> after
/// a rotation), under an id derived from the Hub's, made on first use. Per Hub, so one person's tokens in two Hubs are
/// unrelated. Never destroyed: erasing a journey deletes its tokens instead.
/// </summary>
public static class SearchKey
{
    public static Guid IdOf(string hubId)
    {
        ArgumentNullException.ThrowIfNull(hubId);
        return new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"hubs-search-key:{hubId}")).AsSpan(0, 16));
    }

    /// <summary>The Hub's key: from the cache, else one round trip (two the first time, to make it).</summary>
    public static async Task<byte[]> ForHubAsync(KeyworkerKeys keys, string hubId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var id = IdOf(hubId);
        await keys.WarmAsync([id], cancellationToken);
        if (keys.Find(id) is { } key)
        {
            return key;
        }

        await keys.EnsureAsync(id, cancellationToken);
        return keys.Find(id) ?? throw new InvalidOperationException($"The search key of Hub {hubId} was not made.");
    }
}
