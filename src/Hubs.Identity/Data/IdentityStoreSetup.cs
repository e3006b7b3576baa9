using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hubs.Identity.Data;

internal static class IdentityStoreSetup
{
    public static WebApplicationBuilder AddIdentityStore(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("Identity")
            ?? throw new InvalidOperationException("ConnectionStrings:Identity is not configured.");
        builder.Services.AddDbContext<IdentityDb>(options =>
        {
            options.UseNpgsql(connectionString, npgsql =>
                npgsql.MigrationsHistoryTable("__ef_history", IdentityDb.Schema)
            );
            options.UseOpenIddict();
        });
        builder.Services.AddDataProtection().SetApplicationName("Hubs.Identity");
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(
            services => new ConfigureOptions<KeyManagementOptions>(options =>
                options.XmlRepository = new DbXmlRepository(services.GetRequiredService<IServiceScopeFactory>())
            )
        );
        return builder;
    }
}
