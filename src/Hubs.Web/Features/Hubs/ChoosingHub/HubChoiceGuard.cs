using Hubs.ServiceDefaults;

namespace Hubs.Web.Features.Hubs.ChoosingHub;

/// <summary>
/// Refuses, before any page or endpoint runs, a request whose Hub choice is not the caller's: a staff page asked for
/// with a tampered or stale cookie (403, the error page; the choice is dropped, so the next page shows their first
/// Hub) and an API call whose <c>X-Hubs-Hub-Id</c> names another Hub (403) or no one Hub (400), in problem details.
/// Nothing of the Hub named is read. Keyworkers' pages never look at the choice.
/// </summary>
public static class HubChoiceGuard
{
    public const string ChooserPath = "/choose-hub";

    /// <summary>The API's answers (problem details titles, for the developer of a client, not a person).</summary>
    public const string HeaderRefused = "X-Hubs-Hub-Id names a Hub you do not work in.";

    public const string HeaderUnreadable = "X-Hubs-Hub-Id must name one of your Hubs, once.";

    /// <summary>The staff pages' areas: the Hub choice applies there, and a sign-in started there is staff's.</summary>
    public static readonly IReadOnlyList<string> StaffPaths = ["/clinic", "/hub-admin", "/peer-support", ChooserPath];

    public static WebApplication UseHubChoiceGuard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(
            async (context, next) =>
            {
                if (ApiRequests.IsApi(context) && HubChoice.Refusal(context) is { } status)
                {
                    var title = status == StatusCodes.Status403Forbidden ? HeaderRefused : HeaderUnreadable;
                    await Results.Problem(title: title, statusCode: status).ExecuteAsync(context);
                    return;
                }

                if (
                    StaffPaths.Any(p => context.Request.Path.StartsWithSegments(p))
                    && HubChoice.Refusal(context) is not null
                )
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
