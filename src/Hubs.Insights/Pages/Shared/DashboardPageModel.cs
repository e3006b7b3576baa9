using FluentValidation;
using Hubs.Insights.Features.Tables;
using Hubs.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Insights.Pages.Shared;

/// <summary>
/// A dashboard: the filters from the query string (a GET form, so a view can be bookmarked), validated
/// like the feed's, then the page's tables for the commissioner's own Hubs.
/// </summary>
public abstract class DashboardPageModel(InsightsQueries queries) : PageModel, IFilterFields
{
    private static readonly FilterRules<DashboardPageModel> Rules = new();

    [BindProperty(SupportsGet = true)]
    public string? Hub { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sector { get; set; }

    public IReadOnlyList<string> Hubs { get; private set; } = [];

    public List<ChartedTable> Tables { get; } = [];

    /// <summary>Whether the page's tables are broken down by sector (team-based support is not).</summary>
    public virtual bool BySector => true;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Hubs = User.HubIds().Order(StringComparer.Ordinal).ToList();
        foreach (var error in (await Rules.ValidateAsync(this, cancellationToken)).Errors)
        {
            ModelState.AddModelError(char.ToLowerInvariant(error.PropertyName[0]) + error.PropertyName[1..], error.ErrorMessage);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var filter = InsightsFilter.Of(this) with { Sector = BySector ? InsightsFilter.Of(this).Sector : null };
        if (filter.Hub is not null && !Hubs.Contains(filter.Hub))
        {
            return NotFound();
        }

        foreach (var (code, by, chart, description) in Contents())
        {
            var table = await queries.PublishAsync(new TableRequest(code, filter, by), Hubs.ToHashSet(), cancellationToken);
            Tables.Add(new ChartedTable(by is null ? code : $"{code}-{by}", table!, chart, CsvHref(code, by, filter), description));
        }

        return Page();
    }

    /// <summary>The tables of this page, in order.</summary>
    protected abstract IEnumerable<(string Table, string? By, ChartSpec Chart, string Description)> Contents();

    private static string CsvHref(string code, string? by, InsightsFilter filter)
    {
        var query = new Dictionary<string, string?> { ["hub"] = filter.Hub, ["from"] = filter.From, ["to"] = filter.To, ["sector"] = filter.Sector, ["by"] = by }
            .Where(p => p.Value is not null)
            .Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}");
        var qs = string.Join('&', query);
        return $"/dashboards/{code}.csv" + (qs.Length > 0 ? "?" + qs : string.Empty);
    }
}
