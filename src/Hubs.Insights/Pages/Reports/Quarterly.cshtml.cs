using Hubs.Insights.Features.Reports;
using Hubs.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Insights.Pages.Reports;

/// <summary>
/// The commissioner's quarterly report: one page per Hub (all of the reader's, or one), built from the published
/// tables only, laid out to print on A4 and offered as a PDF of the same figures.
/// </summary>
public sealed class QuarterlyModel(QuarterlyReportBuilder builder, TimeProvider clock)
    : PageModel,
        IQuarterlyReportQuery
{
    private static readonly QuarterlyReportRules<QuarterlyModel> Rules = new();

    [BindProperty(SupportsGet = true)]
    public string? Hub { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Quarter { get; set; }

    public IReadOnlyList<string> Hubs { get; private set; } = [];

    public QuarterlyReport? Report { get; private set; }

    public string Title =>
        Report is null ? "Quarterly report" : $"Quarterly report, {Quarter}, {Hub ?? "all your Hubs"}";

    public string PdfHref =>
        "/reports/quarterly.pdf?"
        + (Hub is null ? "" : $"hub={Uri.EscapeDataString(Hub)}&")
        + $"quarter={Uri.EscapeDataString(Quarter ?? "")}";

    /// <summary>
    /// The print stylesheet naming each report page's Hub and quarter at the head of its every sheet.
    /// </summary>
    public string RunningHeadsHref =>
        "/reports/quarterly?handler=RunningHeads&"
        + (Hub is null ? "" : $"hub={Uri.EscapeDataString(Hub)}&")
        + $"quarter={Uri.EscapeDataString(Quarter ?? "")}";

    public static string PageId(ReportPage page) => $"report-page-{page.Hub ?? "all"}";

    public static string PageHeading(ReportPage page) => page.Hub is null ? "All your Hubs" : $"Hub: {page.Hub}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Hubs = User.HubIds().Order(StringComparer.Ordinal).ToList();
        foreach (var error in (await Rules.ValidateAsync(this, cancellationToken)).Errors)
        {
            ModelState.AddModelError(error.PropertyName.ToLowerInvariant(), error.ErrorMessage);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Hub = string.IsNullOrWhiteSpace(Hub) ? null : Hub.Trim();
        var quarter = Quarters.Of(Quarter)
            ?? Features.Tables.Period.QuarterOf(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        Quarter = quarter.Code;
        Report = await builder.BuildAsync(Hub, quarter, Hubs.ToHashSet(StringComparer.Ordinal), cancellationToken);
        return Report is null ? NotFound() : Page();
    }

    /// <summary>
    /// <c>?handler=RunningHeads</c>: the report's pages as named print pages, each with its Hub and quarter in the
    /// sheet's top margin (a stylesheet, as the site's policy runs no inline style), for the same reader and query.
    /// </summary>
    public IActionResult OnGetRunningHeads()
    {
        Hubs = User.HubIds().Order(StringComparer.Ordinal).ToList();
        Hub = string.IsNullOrWhiteSpace(Hub) ? null : Hub.Trim();
        var quarter = Quarters.Of(Quarter);
        if (quarter is null || (Hub is not null && !Hubs.Contains(Hub)))
        {
            return NotFound();
        }

        var pages = Hub is null ? [null, .. Hubs] : new string?[] { Hub };
        return Content(
            RunningHeads.Css(quarter.Code, [.. pages.Select(h => PageHeading(new ReportPage(h, [])))]),
            "text/css"
        );
    }
}
