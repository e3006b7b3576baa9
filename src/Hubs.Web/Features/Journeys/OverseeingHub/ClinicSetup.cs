using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Shared;

namespace Hubs.Web.Features.Journeys.OverseeingHub;

/// <summary>
/// Settings of the clinician workspace (<c>Hubs:Clinic</c>): after how many days without contact an open
/// case is flagged on the hub overview (project rule, default 21); how many rows a paged staff list shows at once
/// (urgent cases are shown besides, all of them: Shared/UrgentFirstPage.cs).
/// </summary>
public sealed class ClinicOptions
{
    public const string Section = "Hubs:Clinic";

    public int NoContactDays { get; set; } = 21;

    public int PageSize { get; set; } = 50;

    /// <summary>
    /// A clinician's caseload a page at a time (40–90 open cases at a busy Hub; every urgent one besides, on every
    /// page).
    /// </summary>
    public int CaseloadPageSize { get; set; } = 25;
}

public static class ClinicSetup
{
    public static IServiceCollection AddClinicWorkspace(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ClinicOptions>(configuration.GetSection(ClinicOptions.Section));
        var zone = TimeZoneInfo.FindSystemTimeZoneById(configuration["Hubs:TimeZone"] ?? "Europe/London");
        services.AddSingleton(provider => new ClinicClock(provider.GetRequiredService<TimeProvider>(), zone));
        services.AddClinicianDirectory();
        return services;
    }
}
