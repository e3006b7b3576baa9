using Hubs.ServiceDefaults.Health;
using Npgsql;

namespace Hubs.Insights.Store;

internal static class InsightsStoreSetup
{
    /// <summary>
    /// The Insights database (<c>ConnectionStrings:Insights</c>), reached with a role that owns only the insights
    /// schema.
    /// </summary>
    public static IServiceCollection AddInsightsStore(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Insights")
            ?? throw new InvalidOperationException("ConnectionStrings:Insights is not configured.");
        services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        services.AddSingleton<ApplyOnce>();
        services.AddSingleton<Consumers.MilestoneBatch>();
        services.AddSingleton<Rebuild.MilestoneImport>();
        services.AddSingleton<JourneyFactsStore>();
        services.AddSingleton<TeamActivityStore>();
        services.AddSingleton<ReferralSourceStore>();
        services.AddSingleton<Features.Referrals.WeeklyReferralCounts>();
        services.AddSingleton<StoredRecordKeys>();
        services.AddSingleton<Disclosure.IRecordKeySource>(provider => provider.GetRequiredService<StoredRecordKeys>());
        services.AddHealthChecks().AddCheck<PostgresHealthCheck>("postgres", tags: [HealthTags.Ready]);
        return services;
    }
}
