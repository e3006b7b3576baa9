using System.Collections.Concurrent;
using System.Security.Cryptography;
using Marten;
using Marten.Services.BatchQuerying;
using Npgsql;

namespace Hubs.Web.Features.Privacy;

/// <summary>
/// The per-keyworker data keys (table <c>clinical.keyworker_keys</c>), stored wrapped by the master key
/// (<see cref="MasterKeys"/>). Keys are cached briefly so a read of many events costs one lookup; a
/// destroyed key disappears from other replicas' caches within <see cref="CacheFor"/>. Lookups are
/// synchronous because JSON converters are.
/// </summary>
public sealed class KeyworkerKeys(NpgsqlDataSource dataSource, MasterKeys masterKeys, TimeProvider clock)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<Guid, (byte[]? Key, DateTimeOffset LoadedAt)> _cache = new();

    /// <summary>How many keys are held in memory (expired ones included until the next sweep).</summary>
    internal int Cached => _cache.Count;

    private long _sweptAt;

    /// <summary>
    /// Creates the keyworker's key if they have none (idempotent) and caches it, in one round trip, so
    /// sealing their events right after needs no further lookup.
    /// </summary>
    public async Task EnsureAsync(Guid keyworkerId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            WITH created AS (
                INSERT INTO clinical.keyworker_keys (keyworker_id, data_key, master_key_id) VALUES ($1, $2, $3)
                ON CONFLICT (keyworker_id) DO NOTHING RETURNING data_key, master_key_id)
            SELECT data_key, master_key_id FROM created
            UNION ALL SELECT data_key, master_key_id FROM clinical.keyworker_keys WHERE keyworker_id = $1
            LIMIT 1
            """
        );
        command.Parameters.Add(new NpgsqlParameter { Value = keyworkerId });
        command.Parameters.Add(
            new NpgsqlParameter { Value = masterKeys.Wrap(keyworkerId, RandomNumberGenerator.GetBytes(32)) }
        );
        command.Parameters.Add(new NpgsqlParameter { Value = masterKeys.CurrentId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (await reader.ReadAsync(cancellationToken))
        {
            Remember(keyworkerId, masterKeys.Unwrap(keyworkerId, reader.GetString(1), (byte[])reader[0]));
        }
        else
        {
            // A concurrent first insert not yet visible to this statement: look it up afresh when needed.
            _cache.TryRemove(keyworkerId, out _);
        }
    }

    /// <summary>
    /// A new owner's key (a journey's own, made as its stream starts): made and cached here, its row written by
    /// <paramref name="session"/> in the transaction that saves what it seals, so it costs no round trip of its own
    /// and a failed write leaves no key behind. The owner must be new: an existing key is never replaced (the insert
    /// fails, and the write with it).
    /// </summary>
    public void CreateWith(IDocumentSession session, Guid ownerId)
    {
        ArgumentNullException.ThrowIfNull(session);
        var key = RandomNumberGenerator.GetBytes(32);
        session.QueueSqlCommand(
            "INSERT INTO clinical.keyworker_keys (keyworker_id, data_key, master_key_id) VALUES (?, ?, ?)",
            ownerId,
            masterKeys.Wrap(ownerId, key),
            masterKeys.CurrentId
        );
        Remember(ownerId, key);
    }

    /// <summary>
    /// Creates the keys of many keyworkers who have none, in one round trip, then caches them all (bulk seeding:
    /// <c>seed-scale</c>); keys that already exist are kept, as <see cref="EnsureAsync"/> keeps them.
    /// </summary>
    public async Task CreateManyAsync(IEnumerable<Guid> keyworkerIds, CancellationToken cancellationToken)
    {
        var ids = keyworkerIds.Distinct().ToArray();
        await using (
            var command = dataSource.CreateCommand(
                """
                INSERT INTO clinical.keyworker_keys (keyworker_id, data_key, master_key_id)
                SELECT id, key, $3 FROM unnest($1::uuid[], $2::bytea[]) AS k(id, key)
                ON CONFLICT (keyworker_id) DO NOTHING
                """
            )
        )
        {
            command.Parameters.Add(new NpgsqlParameter { Value = ids });
            command.Parameters.Add(
                new NpgsqlParameter
                {
                    Value = ids.Select(id => masterKeys.Wrap(id, RandomNumberGenerator.GetBytes(32))).ToArray(),
                }
            );
            command.Parameters.Add(new NpgsqlParameter { Value = masterKeys.CurrentId });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await WarmAsync(ids, cancellationToken);
    }

    /// <summary>
    /// Loads many keys into the cache in one round trip, for a read that unseals a whole Hub's referrals (staff
    /// search); a key not found is cached as destroyed, as <see cref="Find"/> does.
    /// </summary>
    public async Task WarmAsync(IEnumerable<Guid> keyworkerIds, CancellationToken cancellationToken)
    {
        var missing = keyworkerIds.Distinct().Where(id => !IsFresh(id)).ToArray();
        if (missing.Length == 0)
        {
            return;
        }

        await using var command = dataSource.CreateCommand(
            "SELECT keyworker_id, data_key, master_key_id FROM clinical.keyworker_keys WHERE keyworker_id = ANY($1)"
        );
        command.Parameters.Add(new NpgsqlParameter { Value = missing });
        var found = new Dictionary<Guid, byte[]>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetGuid(0);
                found[id] = masterKeys.Unwrap(id, reader.GetString(2), (byte[])reader[1]);
            }
        }

        foreach (var id in missing)
        {
            Remember(id, found.GetValueOrDefault(id));
        }
    }

    /// <summary>
    /// Queues the owner's key on <paramref name="batch"/> when it is not cached, and caches it once the batch is read:
    /// a write that seals values (a session's notes) then finds its key in memory at save, instead of a blocking
    /// lookup of its own inside the JSON converter (<see cref="Find"/>).
    /// </summary>
    public Task PreloadAsync(IBatchedQuery batch, Guid ownerId)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return IsFresh(ownerId) ? Task.CompletedTask : RememberAsync(batch, ownerId);
    }

    private async Task RememberAsync(IBatchedQuery batch, Guid ownerId)
    {
        var rows = await batch.Query<string>(
            "SELECT master_key_id || ' ' || encode(data_key, 'hex') FROM clinical.keyworker_keys "
                + "WHERE keyworker_id = ?",
            ownerId
        );
        // The master key's id (hex) and the wrapped key (hex), a space between.
        var key =
            rows is [var row] && row.Split(' ') is [var master, var wrapped]
                ? masterKeys.Unwrap(ownerId, master, Convert.FromHexString(wrapped))
                : null;
        Remember(ownerId, key);
    }

    private bool IsFresh(Guid ownerId) => _cache.TryGetValue(ownerId, out var cached) && Fresh(cached.LoadedAt);

    private bool Fresh(DateTimeOffset loadedAt) => clock.GetUtcNow() - loadedAt < CacheFor;

    /// <summary>
    /// Drops keys from the cache once a bulk writer has sealed what it needed (<c>seed-scale</c>), so a million new
    /// keyworkers do not stay in memory; a later read loads them again as usual.
    /// </summary>
    public void Forget(IEnumerable<Guid> keyworkerIds)
    {
        ArgumentNullException.ThrowIfNull(keyworkerIds);
        foreach (var id in keyworkerIds)
        {
            _cache.TryRemove(id, out _);
        }
    }

    /// <summary>The keyworker's data key, or null once it has been destroyed.</summary>
    public byte[]? Find(Guid keyworkerId)
    {
        if (_cache.TryGetValue(keyworkerId, out var cached) && Fresh(cached.LoadedAt))
        {
            return cached.Key;
        }

        using var command = dataSource.CreateCommand(
            "SELECT data_key, master_key_id FROM clinical.keyworker_keys WHERE keyworker_id = $1"
        );
        command.Parameters.Add(new NpgsqlParameter { Value = keyworkerId });
        using var reader = command.ExecuteReader();
        var key = reader.Read() ? masterKeys.Unwrap(keyworkerId, reader.GetString(1), (byte[])reader[0]) : null;
        Remember(keyworkerId, key);
        return key;
    }

    /// <summary>
    /// Crypto-shredding: every sealed value of this keyworker becomes unreadable, everywhere. True when
    /// a key was destroyed, false when there was none (already destroyed, or never created).
    /// </summary>
    public async Task<bool> DestroyAsync(Guid keyworkerId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "DELETE FROM clinical.keyworker_keys WHERE keyworker_id = $1"
        );
        command.Parameters.Add(new NpgsqlParameter { Value = keyworkerId });
        var destroyed = await command.ExecuteNonQueryAsync(cancellationToken) > 0;
        Remember(keyworkerId, null);
        return destroyed;
    }

    /// <summary>
    /// Caches a key, and at most once per <see cref="CacheFor"/> drops every key older than that: an expired key
    /// is read afresh anyway, so keeping it would only grow the host with every journey it ever unsealed (a staff
    /// search reads a whole Hub's) and keep unwrapped keys in memory for no use.
    /// </summary>
    private void Remember(Guid ownerId, byte[]? key)
    {
        var now = clock.GetUtcNow();
        _cache[ownerId] = (key, now);
        var swept = Interlocked.Read(ref _sweptAt);
        if (
            now.UtcTicks - swept < CacheFor.Ticks
            || Interlocked.CompareExchange(ref _sweptAt, now.UtcTicks, swept) != swept
        )
        {
            return;
        }

        foreach (var (id, cached) in _cache)
        {
            if (now - cached.LoadedAt >= CacheFor)
            {
                _cache.TryRemove(KeyValuePair.Create(id, cached));
            }
        }
    }
}
