namespace Hubs.Web.Features.Hubs.ChoosingHub;

/// <summary>
/// Refuses (403, the error page) a staff page asked for with a Hub choice that is not the caller's, a tampered or
/// stale cookie, and drops the choice, so the next page shows their first Hub. Nothing of the Hub named is read.
/// Keyworkers' pages never look at the choice.
/// </summary>
public static class HubChoiceGuard
{
    public const string ChooserPath = "/choose-hub";

    /// <summary>The staff pages' areas: the Hub choice applies there, and a sign-in started there is staff's.</summary>
    public static readonly IReadOnlyList<string> StaffPaths = ["/clinic", "/hub-admin", "/peer-support", ChooserPath];

    public static WebApplication UseHubChoiceGuard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(
            async (context, next) =>
            {
                if (StaffPaths.Any(p => context.Request.Path.StartsWithSegments(p)) && HubChoice.IsRefused(context))
                {
                    HubChoice.Forget(context.Response);
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return;
                }

                await next(context);
            }
        );
        return app;
    }
}
