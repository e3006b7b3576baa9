using Hubs.ServiceDefaults.Commands;

namespace Hubs.Insights.Operations;

/// <summary>Insights' operator commands, run by ops/hubs (migrate, rebuild).</summary>
internal static class InsightsCommands
{
    public static IServiceCollection AddInsightsCommands(this IServiceCollection services) =>
        services
            .AddHostCommand<MigrateCommand>()
            .AddHostCommand<ResetAggregatesCommand>()
            .AddHostCommand<ImportMilestonesCommand>()
            .AddHostCommand<RebuildPositionCommand>();
}
