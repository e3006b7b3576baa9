using Npgsql;

namespace Hubs.Web.Tests.Privacy;

/// <summary>Rows of <c>clinical.keyworker_keys</c>, read and written as the database superuser.</summary>
public static class KeyTable
{
    /// <summary>A key as rows were written before data keys were wrapped (no master key id given).</summary>
    public static async Task InsertUnwrappedAsync(WebHostFixture web, Guid keyworkerId, byte[] key)
    {
        ArgumentNullException.ThrowIfNull(web);
        await using var connection = new NpgsqlConnection(web.Database.Admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "INSERT INTO clinical.keyworker_keys (keyworker_id, data_key) VALUES ($1, $2)",
            connection
        );
        command.Parameters.Add(new NpgsqlParameter { Value = keyworkerId });
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<(byte[] Stored, string MasterKeyId)> StoredAsync(WebHostFixture web, Guid keyworkerId)
    {
        ArgumentNullException.ThrowIfNull(web);
        await using var connection = new NpgsqlConnection(web.Database.Admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT data_key, master_key_id FROM clinical.keyworker_keys WHERE keyworker_id = $1",
            connection
        );
        command.Parameters.Add(new NpgsqlParameter { Value = keyworkerId });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return ((byte[])reader[0], reader.GetString(1));
    }
}
