using Hubs.Insights.Features.Tables;
using Hubs.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Insights.Pages.Shared;

/// <summary>
/// A dashboard: one of the commissioner's Hubs and one fixed period from the query string (a GET form, so a
/// view can be bookmarked), validated like the feed's, then the page's tables from the catalogue.
/// </summary>
public abstract class DashboardPageModel(InsightsQueries queries, TimeProvider clock) : PageModel, IPublicationFields
{
    private static readonly PublicationRules<DashboardPageModel> Rules = new();

    [BindProperty(SupportsGet = true)]
    public string? Hub { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    public IReadOnlyList<string> Hubs { get; private set; } = [];

    public List<ChartedTable> Tables { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Hubs = User.HubIds().Order(StringComparer.Ordinal).ToList();
        foreach (var error in (await Rules.ValidateAsync(this, cancellationToken)).Errors)
        {
            ModelState.AddModelError(
                char.ToLowerInvariant(error.PropertyName[0]) + error.PropertyName[1..],
                error.ErrorMessage
            );
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Hub = string.IsNullOrWhiteSpace(Hub) ? (Hubs.Count > 0 ? Hubs[0] : null) : Hub.Trim();
        var period = Features.Tables.Period.Parse(Period?.Trim())
            ?? Features.Tables.Period.QuarterOf(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        Period = period.Code;
        if (Hub is null || !Hubs.Contains(Hub))
        {
            return NotFound();
        }

        var callerHubs = Hubs.ToHashSet(StringComparer.Ordinal);
        var contents = Contents().ToList();
        // A page never offers a period one of its tables refuses (sparse Hub work: quarters and years only).
        if (
            contents.Select(c => c.Table).FirstOrDefault(t => !TableCatalogue.Find(t)!.Publishes(period)) is { } refused
        )
        {
            ModelState.AddModelError("period", $"{refused} {Features.Feeds.FeedQueryValidator.NotByMonth}");
            return Page();
        }

        var tables = await queries.PublishAllAsync(
            contents.Select(c => new TableRequest(c.Table, c.Table == TableCatalogue.Hubs ? null : Hub, period, c.By)),
            callerHubs,
            cancellationToken
        );
        foreach (var ((code, by, chart, description), table) in contents.Zip(tables))
        {
            Tables.Add(
                new ChartedTable(
                    by is null ? code : $"{code}-{by}",
                    table!,
                    chart,
                    CsvHref(code, by, period),
                    description
                )
            );
        }

        return Page();
    }

    /// <summary>The tables of this page, in order.</summary>
    protected abstract IEnumerable<(string Table, string? By, ChartSpec Chart, string Description)> Contents();

    private string CsvHref(string code, string? by, Features.Tables.Period period)
    {
        var query = new Dictionary<string, string?>
        {
            ["hub"] = code == TableCatalogue.Hubs ? null : Hub,
            ["period"] = period.Code,
            ["by"] = by,
        }
            .Where(p => p.Value is not null)
            .Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}");
        return $"/dashboards/{code}.csv?" + string.Join('&', query);
    }
}
