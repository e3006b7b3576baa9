using Hubs.Insights.Features.Feeds;
using Hubs.ServiceDefaults.Auth;

namespace Hubs.Insights.Pages;

/// <summary>
/// The commissioner dashboards: server-rendered Razor Pages styled with nhsuk-frontend, Chart.js and our
/// scripts served from our own origin, every page behind the Commissioner policy.
/// </summary>
internal static class DashboardPagesSetup
{
    private static readonly PathString[] StaticRoots = ["/lib", "/css", "/js", "/assets"];

    public static IServiceCollection AddDashboardPages(this IServiceCollection services)
    {
        services.AddRazorPages(options => options.Conventions.AuthorizeFolder("/", HubsPolicies.Commissioner));
        return services;
    }

    /// <summary>Static files hold nothing about anyone, so they may be cached.</summary>
    public static bool IsStatic(PathString path) => StaticRoots.Any(root => path.StartsWithSegments(root));

    public static WebApplication MapDashboardPages(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseStaticFiles();
        app.MapRazorPages();
        app.MapTableDownloads();
        app.MapGet("/", () => TypedResults.Redirect("/dashboards")).ExcludeFromDescription();
        return app;
    }
}
