using Hubs.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authorization;

namespace Hubs.Insights.Features.Reports;

/// <summary>
/// Who may read the quarterly report: commissioners and Hub leads, for the Hubs in their <c>hub</c> claims (a Hub
/// lead reports on their own Hub to its commissioners). Everyone else, a clinician included, is refused.
/// </summary>
public static class ReportPolicy
{
    public const string Name = "report-reader";

    public static IServiceCollection AddQuarterlyReports(this IServiceCollection services)
    {
        services.Configure<AuthorizationOptions>(options =>
            options.AddPolicy(Name, policy =>
                policy
                    .RequireClaim(HubsClaimTypes.Role, HubsRoles.Commissioner, HubsRoles.HubLead)
                    .RequireClaim(HubsClaimTypes.Hub)
            )
        );
        services.AddSingleton<QuarterlyReportBuilder>();
        return services;
    }
}
