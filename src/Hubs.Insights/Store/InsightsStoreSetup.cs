using Hubs.ServiceDefaults.Health;
using Npgsql;

namespace Hubs.Insights.Store;

internal static class InsightsStoreSetup
{
    /// <summary>
    /// The Insights database (<c>ConnectionStrings:Insights</c>), reached with a role that owns only the insights
    /// schema. A connection string naming several hosts (<c>Host=primary,standby</c>, deploy/SCALING.md) writes to
    /// the primary and reads the dashboards' and feeds' journey facts from a hot standby when one answers.
    /// </summary>
    public static IServiceCollection AddInsightsStore(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Insights")
            ?? throw new InvalidOperationException("ConnectionStrings:Insights is not configured.");
        services.AddSingleton(_ => new InsightsDatabase(NpgsqlDataSource.Create(connectionString)));
        services.AddSingleton(provider => provider.GetRequiredService<InsightsDatabase>().Primary);
        services.AddSingleton(provider => new JourneyFactsStore(provider.GetRequiredService<InsightsDatabase>().Reads));
        services.AddSingleton<ApplyOnce>();
        services.AddSingleton<Consumers.MilestoneBatch>();
        services.AddSingleton<Rebuild.MilestoneImport>();
        services.AddSingleton<TeamActivityStore>();
        services.AddSingleton<ReferralSourceStore>();
        services.AddSingleton<Features.Referrals.WeeklyReferralCounts>();
        services.AddSingleton<StoredRecordKeys>();
        services.AddSingleton<Disclosure.IRecordKeySource>(provider => provider.GetRequiredService<StoredRecordKeys>());
        services.AddHealthChecks().AddCheck<PostgresHealthCheck>("postgres", tags: [HealthTags.Ready]);
        return services;
    }
}
