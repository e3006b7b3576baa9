using Hubs.Insights.Features.Tables;
using Hubs.ServiceDefaults.Auth;

namespace Hubs.Insights.Features.Feeds;

/// <summary>One table for the caller's Hubs as JSON or CSV, or the problem with the request: the feed and the dashboards' downloads share it.</summary>
internal static class FeedAnswer
{
    public static async Task<IResult> ForAsync(FeedQuery query, HttpContext http, InsightsQueries queries, bool csv, CancellationToken cancellationToken)
    {
        var hubs = http.User.HubIds();
        if (hubs.Count == 0)
        {
            return FeedProblems.NoHub();
        }

        var filter = InsightsFilter.Of(query);
        var table = await queries.PublishAsync(new TableRequest(query.Table, filter, query.By), hubs, cancellationToken);
        if (table is null)
        {
            return FeedProblems.NotYourHub();
        }

        if (csv)
        {
            return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(TableCsv.Write(table)), $"{TableCsv.ContentType}; charset=utf-8", $"{query.Table}.csv");
        }

        var by = query.Table == TableCatalogue.Equity ? query.By ?? EquityBreakdown.Default : null;
        var shown = filter.Hub is null ? hubs.Order(StringComparer.Ordinal).ToList() : [filter.Hub];
        return TypedResults.Ok(new FeedDocument(query.Table, table.Title, filter, by, shown, table.Columns, table.Rows));
    }
}
