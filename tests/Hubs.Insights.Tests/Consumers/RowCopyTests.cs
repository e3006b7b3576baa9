using Hubs.Insights.Consumers;
using Npgsql;

namespace Hubs.Insights.Tests.Consumers;

/// <summary>
/// A rebuild copies the rows of keys it has not written (<see cref="RowCopy"/>): they are stored as the statement
/// would store them, nulls included, and rows it cannot copy exactly are left to the statement with nothing written.
/// </summary>
public class RowCopyTests(InsightsHostFixture insights) : IClassFixture<InsightsHostFixture>
{
    private static readonly string[] Columns = ["journey_key", "stream_version", "hub_id", "occasion", "phq9", "gad7"];

    [Fact]
    public async Task Copied_rows_are_stored_as_given()
    {
        var key = $"copied-{Guid.NewGuid():N}";
        object?[][] rows =
        [
            [key, 9L, "north", "session", 12, 7],
            [key, 3L, "north", "first", 20, 15],
        ];
        await using var connection = new NpgsqlConnection(insights.Database.Admin);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();

        Assert.True(await CopyAsync(rows, connection, transaction));
        Assert.Equal(["3 first 20 15", "9 session 12 7"], await StoredAsync(key, connection, transaction));
    }

    [Fact]
    public async Task Rows_holding_a_value_of_another_kind_than_its_column_are_left_to_the_statement()
    {
        var key = $"not-copied-{Guid.NewGuid():N}";
        object?[][] rows =
        [
            [key, 9L, "north", "session", 12L, 7],
        ];
        await using var connection = new NpgsqlConnection(insights.Database.Admin);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();

        Assert.False(await CopyAsync(rows, connection, transaction));
        Assert.Empty(await StoredAsync(key, connection, transaction));
    }

    private static Task<bool> CopyAsync(object?[][] rows, NpgsqlConnection connection, NpgsqlTransaction transaction) =>
        RowCopy.TryWriteAsync("insights.journey_measures", Columns, 2, rows, connection, transaction, default);

    private static async Task<List<string>> StoredAsync(
        string key,
        NpgsqlConnection connection,
        NpgsqlTransaction transaction
    )
    {
        await using var command = new NpgsqlCommand(
            "SELECT concat_ws(' ', stream_version, occasion, phq9, gad7) FROM insights.journey_measures"
                + " WHERE journey_key = $1 ORDER BY stream_version",
            connection,
            transaction
        );
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        var stored = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            stored.Add(reader.GetString(0));
        }

        return stored;
    }
}
