using Hubs.Identity.Staff;
using Hubs.ServiceDefaults.Commands;

namespace Hubs.Identity.Operations;

/// <summary>
/// Identity's operator commands, run by ops/hubs (migrate, seed-demo, rotate-keys, create-first-admin).
/// </summary>
internal static class IdentityCommands
{
    public static IServiceCollection AddIdentityCommands(this IServiceCollection services) =>
        services
            .AddHostCommand<MigrateCommand>()
            .AddHostCommand<SeedDemoCommand>()
            .AddHostCommand<RotateKeysCommand>()
            .AddHostCommand<RetireKeysCommand>()
            .AddScoped<FirstAdmin>()
            .AddHostCommand<CreateFirstAdminCommand>();
}
