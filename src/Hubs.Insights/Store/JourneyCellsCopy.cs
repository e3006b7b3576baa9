using Hubs.Insights.Features.Tables;
using Npgsql;
using NpgsqlTypes;

namespace Hubs.Insights.Store;

/// <summary>
/// A Hub's sums written afresh by one binary <c>COPY</c>, for its refill (<see cref="JourneyCellsRefill"/>): its rows
/// were deleted in the same transaction and no live change can add to them before it commits (the Hub is locked, or
/// the table is one no other transaction sees yet), so no row is there already and <see cref="JourneyCellsWrite"/>'s
/// upsert is not needed. At 1,000,000 journeys the refill writes millions of rows: the upserts were most of its time
/// in the database.
/// </summary>
internal static class JourneyCellsCopy
{
    private const string Copy = $"COPY insights.journey_cells ({JourneyCellsTable.Columns}) FROM STDIN (FORMAT BINARY)";

    public static async Task WriteAsync(
        NpgsqlConnection connection,
        JourneyCellTotals totals,
        CancellationToken cancellationToken
    )
    {
        await using var copy = await connection.BeginBinaryImportAsync(Copy, cancellationToken);
        foreach (var row in totals.Rows())
        {
            // Written synchronously: the values go to the importer's buffer, which blocks only when it is sent.
            copy.StartRow();
            copy.Write(row.Hub, NpgsqlDbType.Text);
            copy.Write(row.Family, NpgsqlDbType.Text);
            copy.Write(row.Month, NpgsqlDbType.Text);
            copy.Write(row.Group, NpgsqlDbType.Text);
            copy.Write(row.Part, NpgsqlDbType.Text);
            copy.Write(row.Bucket, NpgsqlDbType.Integer);
            copy.Write(row.Amount, NpgsqlDbType.Bigint);
            copy.Write(row.Keys, NpgsqlDbType.Bigint);
        }

        await copy.CompleteAsync(cancellationToken);
    }
}
