using System.Collections.Concurrent;
using System.Security.Cryptography;
using Npgsql;

namespace Hubs.Web.Features.Privacy;

/// <summary>
/// The per-keyworker data keys (table <c>clinical.keyworker_keys</c>). Keys are cached briefly so a
/// read of many events costs one lookup; a destroyed key disappears from other replicas' caches within
/// <see cref="CacheFor"/>. Lookups are synchronous because JSON converters are.
/// </summary>
public sealed class KeyworkerKeys(NpgsqlDataSource dataSource, TimeProvider clock)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<Guid, (byte[]? Key, DateTimeOffset LoadedAt)> _cache = new();

    /// <summary>
    /// Creates the keyworker's key if they have none (idempotent) and caches it, in one round trip, so
    /// sealing their events right after needs no further lookup.
    /// </summary>
    public async Task EnsureAsync(Guid keyworkerId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            WITH created AS (
                INSERT INTO clinical.keyworker_keys (keyworker_id, data_key) VALUES ($1, $2)
                ON CONFLICT (keyworker_id) DO NOTHING RETURNING data_key)
            SELECT data_key FROM created
            UNION ALL SELECT data_key FROM clinical.keyworker_keys WHERE keyworker_id = $1
            LIMIT 1
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = keyworkerId });
        command.Parameters.Add(new NpgsqlParameter { Value = RandomNumberGenerator.GetBytes(32) });
        if (await command.ExecuteScalarAsync(cancellationToken) is byte[] key)
        {
            _cache[keyworkerId] = (key, clock.GetUtcNow());
        }
        else
        {
            // A concurrent first insert not yet visible to this statement: look it up afresh when needed.
            _cache.TryRemove(keyworkerId, out _);
        }
    }

    /// <summary>The keyworker's data key, or null once it has been destroyed.</summary>
    public byte[]? Find(Guid keyworkerId)
    {
        if (_cache.TryGetValue(keyworkerId, out var cached) && clock.GetUtcNow() - cached.LoadedAt < CacheFor)
        {
            return cached.Key;
        }

        using var command = dataSource.CreateCommand("SELECT data_key FROM clinical.keyworker_keys WHERE keyworker_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = keyworkerId });
        var key = command.ExecuteScalar() as byte[];
        _cache[keyworkerId] = (key, clock.GetUtcNow());
        return key;
    }

    /// <summary>Crypto-shredding: every sealed value of this keyworker becomes unreadable, everywhere.</summary>
    public async Task DestroyAsync(Guid keyworkerId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM clinical.keyworker_keys WHERE keyworker_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = keyworkerId });
        await command.ExecuteNonQueryAsync(cancellationToken);
        _cache[keyworkerId] = (null, clock.GetUtcNow());
    }
}
