using Npgsql;
using NpgsqlTypes;

namespace Hubs.Insights.Store;

/// <summary>Reads the rows of one query over the given Hubs (the query's <c>$1</c> is the array of Hub ids).</summary>
public static class HubRows
{
    public static async Task<IReadOnlyList<T>> ReadAsync<T>(
        NpgsqlDataSource dataSource,
        string sql,
        IReadOnlySet<string> hubIds,
        Func<NpgsqlDataReader, T> read,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(hubIds);
        ArgumentNullException.ThrowIfNull(read);
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(
            new NpgsqlParameter { Value = hubIds.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text }
        );
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
