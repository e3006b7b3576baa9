using Microsoft.AspNetCore.Builder;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Hubs.ServiceDefaults.Logging;

internal static class LoggingSetup
{
    /// <summary>
    /// Serilog JSON to stdout. Code logs ids, counts and states only — never names, contacts or free
    /// text. Framework categories that echo request parameters (OpenIddict logs code_verifier at
    /// Information) are held at Warning. <c>Logging:JsonFile</c> adds a JSON file copy (tests read it
    /// to prove no personal data reaches the logs).
    /// </summary>
    public static WebApplicationBuilder AddHubsLogging(this WebApplicationBuilder builder)
    {
        var jsonFile = builder.Configuration["Logging:JsonFile"];
        builder.Services.AddSerilog(
            (services, logger) =>
            {
                logger
                    .MinimumLevel.Information()
                    .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
                    .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
                    .MinimumLevel.Override("OpenIddict", LogEventLevel.Warning)
                    .MinimumLevel.Override("Marten", LogEventLevel.Warning)
                    .MinimumLevel.Override("MassTransit", LogEventLevel.Warning)
                    .MinimumLevel.Override("Npgsql", LogEventLevel.Warning)
                    .Enrich.FromLogContext()
                    .Enrich.WithProperty("Application", builder.Environment.ApplicationName)
                    .WriteTo.Console(new CompactJsonFormatter());
                if (!string.IsNullOrWhiteSpace(jsonFile))
                {
                    logger.WriteTo.File(new CompactJsonFormatter(), jsonFile, shared: true);
                }
            },
            preserveStaticLogger: true
        );
        return builder;
    }
}
