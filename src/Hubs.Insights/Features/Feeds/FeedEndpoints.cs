using Hubs.Insights.Features.Tables;
using Hubs.ServiceDefaults.Validation;

namespace Hubs.Insights.Features.Feeds;

/// <summary>
/// Feed API v2 for machine clients (client credentials, scope feeds.read): the catalogue's tables as JSON
/// or CSV, for the caller's own Hubs only (its <c>hub</c> claims), one fixed period at a time. Mapped into the feed
/// readers' group.
/// </summary>
public static class FeedEndpoints
{
    public const string Prefix = "/api/v2/feeds";

    public static RouteGroupBuilder MapFeeds(this IEndpointRouteBuilder routes)
    {
        var feeds = routes.MapGroup(Prefix).WithTags("Feeds v2");
        feeds
            .MapGet("", () =>
                TableCatalogue.All.Select(t => new FeedCatalogueEntry(
                    t.Code,
                    t.Name,
                    t.Description,
                    $"{Prefix}/{t.Code}",
                    t.Rows.ToString(),
                    EquityBreakdown.Takes(t.Code) ? [.. EquityBreakdown.ByCode.Keys] : [],
                    t.Periods
                ))
            )
            .WithName("ListFeeds")
            .WithSummary("The catalogue of published tables.")
            .Produces<IEnumerable<FeedCatalogueEntry>>();
        feeds
            .MapGet("{table}", HandleAsync)
            .Validate<FeedQuery>()
            .WithName("GetFeed")
            .WithSummary(
                "One table of the catalogue for one Hub and one fixed "
                    + "period, as JSON or CSV (?format=csv or Accept: text/csv)."
            )
            .WithDescription(
                "Every figure is protected by the cell-key method, then "
                    + $"the small-number rule and rounding: {MethodText.Summary} "
                    + $"The method and the perturbation table's parameters: {MethodText.Href}."
            )
            .Produces<FeedDocument>(StatusCodes.Status200OK, "application/json", TableCsv.ContentType)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AddOpenApiOperationTransformer(FeedOpenApi.DescribeAsync);
        RetiredFeedV1.Map(routes);
        return feeds;
    }

    private static Task<IResult> HandleAsync(
        [AsParameters] FeedQuery query,
        HttpContext http,
        InsightsQueries queries,
        CancellationToken cancellationToken
    ) => FeedAnswer.ForAsync(query, http, queries, WantsCsv(query.Format, http.Request), cancellationToken);

    private static bool WantsCsv(string? format, HttpRequest request) =>
        format is not null
            ? format == "csv"
            : request
                .GetTypedHeaders()
                .Accept.Any(a => a.MediaType.Equals(TableCsv.ContentType, StringComparison.OrdinalIgnoreCase));
}
