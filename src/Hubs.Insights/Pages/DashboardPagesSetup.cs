using Hubs.Insights.Features.Reports;
using Hubs.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authorization;

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
        // Every page is the commissioners' but the reports, which Hub leads may read too (Features/Reports).
        services.AddRazorPages(options =>
            options.Conventions.AddFolderApplicationModelConvention("/", page =>
                page.EndpointMetadata.Add(
                    new AuthorizeAttribute(
                        page.ViewEnginePath.StartsWith("/Reports/", StringComparison.Ordinal)
                            ? ReportPolicy.Name
                            : HubsPolicies.Commissioner
                    )
                )
            )
        );
        return services.AddQuarterlyReports();
    }

    /// <summary>Static files hold nothing about anyone, so they may be cached.</summary>
    public static bool IsStatic(PathString path) => StaticRoots.Any(root => path.StartsWithSegments(root));

    public static WebApplication MapDashboardPages(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseStaticFiles();
        app.MapRazorPages();
        app.MapGet("/", () => TypedResults.Redirect("/dashboards")).ExcludeFromDescription();
        return app;
    }
}
