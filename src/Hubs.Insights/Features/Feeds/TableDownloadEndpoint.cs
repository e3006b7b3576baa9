using Hubs.ServiceDefaults.Validation;

namespace Hubs.Insights.Features.Feeds;

/// <summary>
/// The dashboards' "Download this table as CSV" links: the feed's CSV for a signed-in commissioner, with
/// the same Hub, period and breakdown and the same Hub scoping. Mapped into the commissioners' group.
/// </summary>
public static class TableDownloadEndpoint
{
    public static RouteHandlerBuilder MapTableDownloads(this IEndpointRouteBuilder routes) =>
        routes
            .MapGet(
                "/dashboards/{table}.csv",
                (
                    [AsParameters] FeedQuery query,
                    HttpContext http,
                    Tables.InsightsQueries queries,
                    CancellationToken cancellationToken
                ) => FeedAnswer.ForAsync(query, http, queries, csv: true, cancellationToken)
            )
            .Validate<FeedQuery>()
            .ExcludeFromDescription();
}
