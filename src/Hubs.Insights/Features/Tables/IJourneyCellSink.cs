using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// Where <see cref="JourneyCells"/> hands a journey's cells: a row's sums at once, their parts by number, so that a
/// refill adds them to its totals without a name or a cell made for each part.
/// </summary>
internal interface IJourneyCellSink
{
    /// <summary>One row's sums, each part by its <see cref="PartKey"/>.</summary>
    void Add(string hub, string family, string month, string group, CellSums sums);

    /// <summary>One cell that no measure sums (an open spell's).</summary>
    void Add(JourneyCell cell);
}
