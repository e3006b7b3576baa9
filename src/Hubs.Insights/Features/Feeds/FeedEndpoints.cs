using Hubs.Insights.Features.Tables;
using Hubs.ServiceDefaults.Auth;
using Hubs.ServiceDefaults.Validation;

namespace Hubs.Insights.Features.Feeds;

/// <summary>
/// Feed API v1 for machine clients (client credentials, scope feeds.read): the published tables as JSON
/// or CSV, for the caller's own Hubs only (its <c>hub</c> claims).
/// </summary>
public static class FeedEndpoints
{
    public const string Prefix = "/api/v1/feeds";

    public static RouteGroupBuilder MapFeeds(this IEndpointRouteBuilder routes)
    {
        var feeds = routes.MapGroup(Prefix).RequireAuthorization(HubsPolicies.FeedReader).WithTags("Feeds v1");
        feeds.MapGet("", () => TableCatalogue.All.Select(t => new FeedCatalogueEntry(t.Code, t.Name, t.Description, $"{Prefix}/{t.Code}", t.BySector)))
            .WithName("ListFeeds")
            .WithSummary("The published tables of the feed.")
            .Produces<IEnumerable<FeedCatalogueEntry>>();
        feeds.MapGet("{table}", HandleAsync)
            .Validate<FeedQuery>()
            .WithName("GetFeed")
            .WithSummary("One published table, disclosure-controlled, as JSON or CSV (?format=csv or Accept: text/csv).")
            .Produces<FeedDocument>(StatusCodes.Status200OK, "application/json", TableCsv.ContentType)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AddOpenApiOperationTransformer(FeedOpenApi.DescribeAsync);
        return feeds;
    }

    private static Task<IResult> HandleAsync([AsParameters] FeedQuery query, HttpContext http, InsightsQueries queries, CancellationToken cancellationToken) =>
        FeedAnswer.ForAsync(query, http, queries, WantsCsv(query.Format, http.Request), cancellationToken);

    private static bool WantsCsv(string? format, HttpRequest request) =>
        format is not null
            ? format == "csv"
            : request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(TableCsv.ContentType, StringComparison.OrdinalIgnoreCase));
}
