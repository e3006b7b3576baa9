using System.Security.Cryptography;
using Hubs.Insights.Disclosure;
using Npgsql;

namespace Hubs.Insights.Store;

/// <summary>
/// The record keys' salt: 32 random bytes made once, the first time any replica needs them, and kept in
/// <c>insights.record_key_salt</c>, which a rebuild does not empty. So every journey keeps its record key
/// (and every published figure its noise) across restarts, replicas and rebuilds.
/// </summary>
public sealed class StoredRecordKeys(NpgsqlDataSource dataSource) : IRecordKeySource
{
    private volatile RecordKeys? keys;

    public async Task<RecordKeys> GetAsync(CancellationToken cancellationToken)
    {
        if (keys is { } known)
        {
            return known;
        }

        // Two replicas starting together both insert; the first insert wins and both read it back.
        await using (
            var create = dataSource.CreateCommand(
                "INSERT INTO insights.record_key_salt (id, salt) VALUES (1, $1) ON CONFLICT (id) DO NOTHING"
            )
        )
        {
            create.Parameters.Add(new NpgsqlParameter { Value = RandomNumberGenerator.GetBytes(32) });
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var read = dataSource.CreateCommand("SELECT salt FROM insights.record_key_salt WHERE id = 1");
        keys = new RecordKeys((byte[])(await read.ExecuteScalarAsync(cancellationToken))!);
        return keys;
    }
}
