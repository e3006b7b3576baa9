namespace Hubs.Insights.Features.Feeds;

/// <summary>The answers every feed gives a caller outside its Hubs, worded once.</summary>
internal static class FeedProblems
{
    /// <summary>A token that names no Hub may read nothing.</summary>
    public static IResult NoHub() =>
        TypedResults.Problem(title: "This client is not granted any Hub.", statusCode: StatusCodes.Status403Forbidden);

    /// <summary>A Hub the caller does not hold looks like one that does not exist.</summary>
    public static IResult NotYourHub() =>
        TypedResults.Problem(title: "There is no such Hub among yours.", statusCode: StatusCodes.Status404NotFound);
}
