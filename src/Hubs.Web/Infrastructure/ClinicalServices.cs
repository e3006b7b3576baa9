using FluentValidation;
using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Publishing;

namespace Hubs.Web.Infrastructure;

internal static class ClinicalServices
{
    public static IServiceCollection AddClinicalServices(this IServiceCollection services, IConfiguration configuration)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(configuration["Hubs:TimeZone"] ?? "Europe/London");
        var hubs = configuration.GetSection(HubDirectory.Section).Get<List<HubEntry>>() ?? [];
        services.AddSingleton(new HubDirectory(hubs, zone));
        services.AddSingleton(TimeProvider.System);
        var key = configuration[Pseudonymiser.ConfigurationKey]
            ?? throw new InvalidOperationException(
                $"{Pseudonymiser.ConfigurationKey} is not configured (base64 of 32 random bytes)."
            );
        services.AddSingleton(new Pseudonymiser(key));
        services.AddSingleton(new CoarseCalendar(zone));
        services.AddSingleton<MilestoneMapper>();
        services.AddSingleton<MilestonePublisher>();
        services.AddSingleton<RepublishAllMilestones>();
        services.AddSingleton<MilestoneExport>();
        services.AddSingleton<MappedEventReader>();
        services.AddValidatorsFromAssemblyContaining<HubDirectory>(ServiceLifetime.Singleton);
        Features.ServiceDirectory.ServiceDirectorySetup.AddServiceDirectory(services);
        Features.Journeys.ReferringOn.OnwardSetup.AddOnwardRecords(services);
        services.AddSingleton<
            Features.TeamActivities.RatingTeamSession.IRatedSessions,
            Features.TeamActivities.RatingTeamSession.TeamSessionRatings
        >();
        return services;
    }
}
