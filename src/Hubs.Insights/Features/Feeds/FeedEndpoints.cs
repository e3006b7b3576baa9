using Hubs.Insights.Features.Tables;
using Hubs.ServiceDefaults.Auth;
using Hubs.ServiceDefaults.Validation;
using Microsoft.OpenApi;

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
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
                {
                    parameter.Description = FeedQuery.Descriptions.GetValueOrDefault(parameter.Name ?? string.Empty);
                }

                // The CSV answer is text: a header of column names, then one line per row.
                if (operation.Responses is { } responses && responses.TryGetValue("200", out var ok)
                    && ok.Content is { } content && content.TryGetValue(TableCsv.ContentType, out var csv))
                {
                    csv.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "RFC 4180 CSV: Group, then one column per table column; * is suppressed." };
                }

                return Task.CompletedTask;
            });
        return feeds;
    }

    private static Task<IResult> HandleAsync([AsParameters] FeedQuery query, HttpContext http, InsightsQueries queries, CancellationToken cancellationToken) =>
        AnswerAsync(query, http, queries, WantsCsv(query.Format, http.Request), cancellationToken);

    /// <summary>The table for the caller's Hubs as JSON or CSV, or the problem with the request.</summary>
    internal static async Task<IResult> AnswerAsync(FeedQuery query, HttpContext http, InsightsQueries queries, bool csv, CancellationToken cancellationToken)
    {
        if (TableCatalogue.Find(query.Table) is null)
        {
            return TypedResults.Problem(title: "There is no such table.", detail: $"Tables: {string.Join(", ", TableCatalogue.All.Select(t => t.Code))}.", statusCode: StatusCodes.Status404NotFound);
        }

        var hubs = http.User.HubIds();
        if (hubs.Count == 0)
        {
            return TypedResults.Problem(title: "This client is not granted any Hub.", statusCode: StatusCodes.Status403Forbidden);
        }

        var filter = InsightsFilter.Of(query);
        var table = await queries.PublishAsync(new TableRequest(query.Table, filter, query.By), hubs, cancellationToken);
        if (table is null)
        {
            return TypedResults.Problem(title: "There is no such Hub among yours.", statusCode: StatusCodes.Status404NotFound);
        }

        if (csv)
        {
            return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(TableCsv.Write(table)), $"{TableCsv.ContentType}; charset=utf-8", $"{query.Table}.csv");
        }

        var by = query.Table == TableCatalogue.Equity ? query.By ?? EquityBreakdown.Default : null;
        var shown = filter.Hub is null ? hubs.Order(StringComparer.Ordinal).ToList() : [filter.Hub];
        return TypedResults.Ok(new FeedDocument(query.Table, table.Title, filter, by, shown, table.Columns, table.Rows));
    }

    private static bool WantsCsv(string? format, HttpRequest request) =>
        format is not null
            ? format == "csv"
            : request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(TableCsv.ContentType, StringComparison.OrdinalIgnoreCase));
}
