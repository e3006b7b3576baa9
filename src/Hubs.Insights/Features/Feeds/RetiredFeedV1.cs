namespace Hubs.Insights.Features.Feeds;

/// <summary>
/// Feed API v1 is retired: its free from/to ranges and sector filters cut the same people many ways, so
/// two answers could be differenced into a hidden figure. It answers 410 Gone with a pointer to v2.
/// </summary>
internal static class RetiredFeedV1
{
    public const string Prefix = "/api/v1/feeds";

    public static void Map(IEndpointRouteBuilder routes)
    {
        var v1 = routes.MapGroup(Prefix).WithTags("Feeds v1 (retired)");
        v1.MapGet("", Gone).WithName("RetiredListFeeds").ProducesProblem(StatusCodes.Status410Gone);
        v1.MapGet("{table}", (string table) => Gone())
            .WithName("RetiredGetFeed")
            .ProducesProblem(StatusCodes.Status410Gone);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Gone() =>
        TypedResults.Problem(
            title: "Feed API v1 is retired.",
            detail: $"Use {FeedEndpoints.Prefix}: the same tables for one Hub and "
                + "one fixed period (period=2026-05, 2026-Q2 or FY2026-27), "
                + "protected so that the same people give the same figure "
                + $"everywhere. How the figures are protected: {MethodText.Href}.",
            statusCode: StatusCodes.Status410Gone,
            extensions: new Dictionary<string, object?>
            {
                ["successor"] = FeedEndpoints.Prefix,
                ["method"] = MethodText.Href,
            }
        );
}
