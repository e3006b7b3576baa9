using Hubs.Contracts.Journeys;
using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Features.Tables.Evaluation;

/// <summary>
/// Presenting themes by sector: one row per theme (a journey counts in every theme coded for it), then every journey
/// coded; one column per sector (every sector, then not stated), then all sectors.
/// </summary>
public static class ThemesTable
{
    public const string Title = "Presenting themes by sector";

    public const string NotStated = "not-stated";

    public static IReadOnlyList<string> SectorColumns { get; } = [.. Sectors.Codes, NotStated];

    public static PublishedTable Publish(IReadOnlyList<Keyed<ThemesFact>> journeys, DisclosureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(journeys);
        var rows = EvaluationCodes
            .Themes.Select(t => new DraftRow<ThemesFact>(t, [.. journeys.Where(j => j.Record.Themes.Contains(t))]))
            .Append(new DraftRow<ThemesFact>("Total", journeys, IsTotal: true))
            .ToList();
        Measure<ThemesFact>[] columns =
        [
            .. SectorColumns.Select(s =>
                People.Count<ThemesFact>(s, Sectors.Names.GetValueOrDefault(s, "Not stated"), j => j.Sector == s)
            ),
            People.Count<ThemesFact>("all", "All sectors", _ => true),
        ];
        return CellTable.Publish(Title, rows, columns, hideZerosUnderSuppressedTotal: true, options);
    }

    /// <summary>The sector as a column code: unknown or missing is not stated.</summary>
    public static string SectorOf(string? sector) =>
        sector is not null && Sectors.Names.ContainsKey(sector) ? sector : NotStated;
}
