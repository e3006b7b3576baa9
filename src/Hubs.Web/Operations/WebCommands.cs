using Hubs.ServiceDefaults.Commands;

namespace Hubs.Web.Operations;

/// <summary>
/// Web's operator commands, run by ops/hubs (migrate, seed-demo, rebuild, rotate-keys, erasure, retention).
/// </summary>
internal static class WebCommands
{
    public static IServiceCollection AddWebCommands(this IServiceCollection services) =>
        services
            .AddHostCommand<MigrateCommand>()
            .AddHostCommand<SeedDemoCommand>()
            .AddHostCommand<RepublishCommand>()
            .AddHostCommand<RewrapDataKeysCommand>()
            .AddHostCommand<EraseKeyworkerCommand>()
            .AddHostCommand<RetentionCommand>()
            .AddHostCommand<Scale.SeedScaleCommand>()
            .AddHostCommand<ExportMilestonesCommand>();
}
