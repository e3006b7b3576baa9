using Hubs.Insights.Disclosure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hubs.Insights.Features.Referrals;

public static class ReferralsEndpoint
{
    public static RouteHandlerBuilder MapReferralsFeed(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/insights/referrals", HandleAsync)
            .WithName("GetWeeklyReferrals")
            .WithSummary("Self-referrals per ISO week and Hub, disclosure-controlled (1–7 shown as *, others rounded to 5).")
            .WithTags("Insights feed");

    private static async Task<Ok<PublishedTable>> HandleAsync(WeeklyReferralCounts counts, string? hubId, CancellationToken cancellationToken) =>
        TypedResults.Ok(ReferralsTable.Publish(await counts.ReadAsync(hubId, cancellationToken)));
}
