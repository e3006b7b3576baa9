using System.Security.Claims;
using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Feeds;
using Hubs.ServiceDefaults.Auth;

namespace Hubs.Insights.Features.Referrals;

public static class ReferralsEndpoint
{
    public static RouteHandlerBuilder MapReferralsFeed(this IEndpointRouteBuilder routes) =>
        routes
            .MapGet("/api/insights/referrals", HandleAsync)
            .Produces<PublishedTable>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetWeeklyReferrals")
            .WithSummary(
                "Self-referrals per ISO week for the client's Hubs: each cell perturbed by the "
                    + "cell-key method, then 1–7 shown as *, others rounded to 5 (method: /method)."
            )
            .WithTags("Insights feed");

    private static async Task<IResult> HandleAsync(
        WeeklyReferralCounts counts,
        IRecordKeySource recordKeys,
        ClaimsPrincipal user,
        string? hubId,
        CancellationToken cancellationToken
    )
    {
        var hubs = user.HubIds();
        if (hubs.Count == 0)
        {
            return FeedProblems.NoHub();
        }

        if (hubId is not null && !hubs.Contains(hubId))
        {
            return FeedProblems.NotYourHub();
        }

        IReadOnlyCollection<string> shown = hubId is null ? hubs : [hubId];
        var keys = await recordKeys.GetAsync(cancellationToken);
        var referrals = await counts.ReadAsync(shown, cancellationToken);
        return TypedResults.Ok(
            ReferralsTable.Publish(
                [.. referrals.Select(r => new Keyed<WeeklyReferral>(r, keys.Of(r.JourneyKey)))],
                shown
            )
        );
    }
}
