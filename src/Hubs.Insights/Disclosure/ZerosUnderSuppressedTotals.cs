namespace Hubs.Insights.Disclosure;

/// <summary>
/// For a breakdown by category: where the total of a column is withheld, its 0s are withheld too, or "0 women, 0 not
/// stated, * men" would tell that the few people behind the total are all men.
/// </summary>
internal static class ZerosUnderSuppressedTotals
{
    /// <summary>
    /// Withholds the 0s (and the no-data cells) of each column whose cell in the total row is withheld.
    /// </summary>
    public static void Hide(int total, List<List<PublishedCell>> cells)
    {
        if (total < 0)
        {
            return;
        }

        for (var c = 0; c < cells[total].Count; c++)
        {
            if (cells[total][c].Status != CellStatus.Suppressed)
            {
                continue;
            }

            foreach (var row in cells.Where(row => row[c].Status == CellStatus.NoData || row[c].Value == 0))
            {
                row[c] = PublishedCell.Suppressed;
            }
        }
    }
}
