using Hubs.ServiceDefaults.RateLimiting;
using Hubs.Web.Features.Journeys.Access;

namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

/// <summary>
/// Sending a self-referral (the referral form's last step, which also creates the keyworker's account at
/// Hubs.Identity, and <c>POST /api/journeys</c>): <c>RateLimits:SelfReferralPostsPerMinute</c> (default 10) per client
/// address and as many per account (the signed-in keyworker, or the email of the draft being sent), counted in
/// <c>clinical.rate_limit_windows</c> so every replica shares them.
/// </summary>
public static class SelfReferralRateLimit
{
    public const string Name = "self-referral";

    public static IServiceCollection AddSelfReferralRateLimit(
        this IServiceCollection services,
        IConfiguration configuration
    ) =>
        services.AddSharedRateLimits(
            "clinical",
            configuration.GetValue("Hubs:Schema:AutoCreate", false),
            new SharedRateLimit(
                Name,
                configuration.GetValue("RateLimits:SelfReferralPostsPerMinute", 10),
                TimeSpan.FromMinutes(1),
                AccountAsync
            )
        );

    private static async ValueTask<string?> AccountAsync(HttpContext context)
    {
        if (KeyworkerCaller.FromPrincipal(context.User) is { } keyworker)
        {
            return "keyworker:" + keyworker.Id;
        }

        if (context.GetRouteValue("draftId") is string id && Guid.TryParse(id, out var draftId))
        {
            var draft = await context
                .RequestServices.GetRequiredService<DraftStore>()
                .FindAsync(draftId, context.RequestAborted);
            return RateLimitAccounts.Normalise(draft?.Email) is { } email ? "email:" + email : null;
        }

        return null;
    }
}
