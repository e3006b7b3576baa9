using Npgsql;

namespace Hubs.Insights.Store;

/// <summary>
/// A Hub's sums written afresh by one binary <c>COPY</c>, for its refill (<see cref="JourneyCellsRefill"/>): its rows
/// were deleted in the same transaction and no live change can add to them before it commits (the Hub is locked, or
/// the table is one no other transaction sees yet), so no row is there already and <see cref="JourneyCellsWrite"/>'s
/// upsert is not needed. The rows are framed here in <c>COPY</c>'s binary format (<see cref="JourneyCellsFrame"/>)
/// rather than by the importer's typed writes, which bind a parameter for each value: a refill at 1,000,000
/// journeys writes 4.6 million rows of eight values, and a row's Hub, family, month and group are encoded once for
/// all its parts.
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
        await using var copy = await connection.BeginRawBinaryCopyAsync(Copy, cancellationToken);
        try
        {
            var frame = new JourneyCellsFrame();
            foreach (var cell in totals.Rows())
            {
                if (frame.Add(cell))
                {
                    await copy.WriteAsync(frame.Written, cancellationToken);
                    frame.Clear();
                }
            }

            frame.End();
            await copy.WriteAsync(frame.Written, cancellationToken);
        }
        catch
        {
            await copy.CancelAsync();
            throw;
        }
    }
}
