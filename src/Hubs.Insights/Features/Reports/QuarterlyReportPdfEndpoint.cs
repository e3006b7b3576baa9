using Hubs.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Insights.Features.Reports;

/// <summary>
/// <c>GET /reports/quarterly.pdf?hub=…&amp;quarter=…</c>: the quarterly report as a PDF, for the same readers and
/// Hubs as its page (mapped into the report readers' group, <see cref="ReportPolicy"/>).
/// A bad query is a problem details 400; a Hub not the reader's is a 404.
/// </summary>
public static class QuarterlyReportPdfEndpoint
{
    public sealed record Query(string? Hub, string? Quarter) : IQuarterlyReportQuery;

    private static readonly QuarterlyReportRules<Query> Rules = new();

    public static IEndpointRouteBuilder MapQuarterlyReportPdf(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/reports/quarterly.pdf", HandleAsync).ExcludeFromDescription();
        return routes;
    }

    private static async Task<IResult> HandleAsync(
        [FromQuery] string? hub,
        [FromQuery] string? quarter,
        HttpContext http,
        QuarterlyReportBuilder builder,
        TimeProvider clock,
        CancellationToken cancellationToken
    )
    {
        var query = new Query(string.IsNullOrWhiteSpace(hub) ? null : hub.Trim(), quarter);
        var result = await Rules.ValidateAsync(query, cancellationToken);
        if (!result.IsValid)
        {
            return TypedResults.ValidationProblem(
                result
                    .Errors.GroupBy(e => e.PropertyName.ToLowerInvariant())
                    .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray())
            );
        }

        var period = Quarters.Of(quarter)
            ?? Tables.Period.QuarterOf(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var readerHubs = http.User.HubIds().ToHashSet(StringComparer.Ordinal);
        var report = await builder.BuildAsync(query.Hub, period, readerHubs, cancellationToken);
        if (report is null)
        {
            return TypedResults.Problem(title: "There is no such Hub among yours.", statusCode: 404);
        }

        var title = $"Quarterly report, {period.Code}, {query.Hub ?? "all your Hubs"}";
        var file = $"hubs-quarterly-{period.Code}-{query.Hub ?? "all"}.pdf";
        return TypedResults.File(QuarterlyReportPdf.Render(report, title), "application/pdf", file);
    }
}
