using System.Security.Cryptography;
using Hubs.Insights.Disclosure;
using Npgsql;

namespace Hubs.Insights.Store;

/// <summary>
/// The record keys' salt read in a writer's transaction (made first if no replica has made it yet; the first insert
/// wins, as in <see cref="StoredRecordKeys"/>): the stored sums carry each journey's record key.
/// </summary>
internal static class RecordKeySalt
{
    public static async Task<RecordKeys> ReadAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction? transaction,
        CancellationToken cancellationToken
    )
    {
        await using var read = new NpgsqlCommand(
            "SELECT salt FROM insights.record_key_salt WHERE id = 1",
            connection,
            transaction
        );
        if (await read.ExecuteScalarAsync(cancellationToken) is byte[] salt)
        {
            return new RecordKeys(salt);
        }

        await using var create = new NpgsqlCommand(
            "INSERT INTO insights.record_key_salt (id, salt) VALUES (1, $1) ON CONFLICT (id) DO NOTHING",
            connection,
            transaction
        );
        create.Parameters.Add(new NpgsqlParameter { Value = RandomNumberGenerator.GetBytes(32) });
        await create.ExecuteNonQueryAsync(cancellationToken);
        return new RecordKeys((byte[])(await read.ExecuteScalarAsync(cancellationToken))!);
    }
}
