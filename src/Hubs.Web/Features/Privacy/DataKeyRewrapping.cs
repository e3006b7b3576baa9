using Npgsql;

namespace Hubs.Web.Features.Privacy;

/// <summary>
/// After a master-key rotation: re-wraps every data key still under an older master key (or, from before
/// wrapping, under none) with the current one. Each row is updated only if it is unchanged since it was
/// read, so a key destroyed meanwhile stays destroyed; run it again until it reports 0.
/// </summary>
public sealed class DataKeyRewrapping(NpgsqlDataSource dataSource, MasterKeys masterKeys)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var stale = new List<(Guid KeyworkerId, byte[] Stored, string MasterKeyId)>();
        await using (
            var select = dataSource.CreateCommand(
                "SELECT keyworker_id, data_key, master_key_id FROM clinical.keyworker_keys WHERE master_key_id <> $1"
            )
        )
        {
            select.Parameters.Add(new NpgsqlParameter { Value = masterKeys.CurrentId });
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                stale.Add((reader.GetGuid(0), (byte[])reader[1], reader.GetString(2)));
            }
        }

        var rewrapped = 0;
        foreach (var (keyworkerId, stored, masterKeyId) in stale)
        {
            var wrapped = masterKeys.Wrap(keyworkerId, masterKeys.Unwrap(keyworkerId, masterKeyId, stored));
            await using var update = dataSource.CreateCommand(
                "UPDATE clinical.keyworker_keys SET data_key = $2, master_key_id "
                    + "= $3 WHERE keyworker_id = $1 AND master_key_id = $4"
            );
            update.Parameters.Add(new NpgsqlParameter { Value = keyworkerId });
            update.Parameters.Add(new NpgsqlParameter { Value = wrapped });
            update.Parameters.Add(new NpgsqlParameter { Value = masterKeys.CurrentId });
            update.Parameters.Add(new NpgsqlParameter { Value = masterKeyId });
            rewrapped += await update.ExecuteNonQueryAsync(cancellationToken);
        }

        return rewrapped;
    }
}
