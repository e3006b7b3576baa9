using Hubs.Insights.Features.Tables;
using Hubs.ServiceDefaults.Auth;

namespace Hubs.Insights.Features.Feeds;

/// <summary>
/// One table of the catalogue for the caller's Hubs as JSON or CSV: the feed and the dashboards' downloads share it.
/// </summary>
internal static class FeedAnswer
{
    public static async Task<IResult> ForAsync(
        FeedQuery query,
        HttpContext http,
        InsightsQueries queries,
        bool csv,
        CancellationToken cancellationToken
    )
    {
        var hubs = http.User.HubIds();
        if (hubs.Count == 0)
        {
            return FeedProblems.NoHub();
        }

        var period = Period.Parse(query.Period)!;
        var table = await queries.PublishAsync(
            new TableRequest(query.Table, query.Hub, period, query.By),
            hubs,
            cancellationToken
        );
        if (table is null)
        {
            return FeedProblems.NotYourHub();
        }

        if (csv)
        {
            return TypedResults.File(
                System.Text.Encoding.UTF8.GetBytes(TableCsv.Write(table)),
                $"{TableCsv.ContentType}; charset=utf-8",
                $"{query.Table}.csv"
            );
        }

        var by = EquityBreakdown.Takes(query.Table) ? query.By ?? EquityBreakdown.Default : null;
        var shown = query.Hub is null ? hubs.Order(StringComparer.Ordinal).ToList() : [query.Hub];
        return TypedResults.Ok(
            new FeedDocument(query.Table, table.Title, period.Code, by, shown, table.Columns, table.Rows)
        );
    }
}
