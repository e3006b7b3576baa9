using Hubs.Web.Features.Accounts;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.AnsweringScreening;
using Hubs.Web.Features.Journeys.OverseeingHub;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Marten;

namespace Hubs.Web.Infrastructure;

/// <summary>
/// The server-rendered pages (keyworker pages, the clinician workspace, hub admin): Razor Pages styled with
/// nhsuk-frontend, served from our own origin, antiforgery on every form, drafts kept in PostgreSQL so any replica can
/// serve any step.
/// </summary>
internal static class PagesSetup
{
    public static IServiceCollection AddPages(this IServiceCollection services, IConfiguration configuration)
    {
        // A page lives in the folder of the action it serves, beside its command, decision and endpoint.
        services.AddRazorPages(options => options.RootDirectory = "/Features");
        // Secure, HttpOnly and SameSite like every cookie (HubsCookies); only the name is Web's.
        services.AddAntiforgery(options => options.Cookie.Name = "hubs-antiforgery");
        services.Configure<DraftOptions>(configuration.GetSection(DraftOptions.Section));
        services.ConfigureMarten(options =>
        {
            options.Schema.For<ReferralDraft>();
            options.Schema.For<ReferralPreferences>();
            options.Schema.For<ScreeningDraft>();
        });
        services.AddScoped<DraftStore>();
        services.AddScoped<ReferralSubmission>();
        services.AddKeyworkerAccounts(configuration);
        services.AddClinicWorkspace(configuration);
        services.AddHostedService<DraftSweeper>();
        return services;
    }

    public static WebApplication MapPages(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseStaticFiles();
        app.MapRazorPages();
        return app;
    }
}
