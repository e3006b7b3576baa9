using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Hubs.ServiceDefaults.Telemetry;

internal static class TelemetrySetup
{
    /// <summary>
    /// Traces and metrics over OTLP, only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set. Sources:
    /// ASP.NET Core, MassTransit and Marten (their ActivitySource/Meter names).
    /// </summary>
    public static WebApplicationBuilder AddHubsTelemetry(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return builder;
        }

        builder
            .Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Environment.ApplicationName))
            .WithTracing(tracing =>
                tracing.AddAspNetCoreInstrumentation().AddSource("MassTransit", "Marten").AddOtlpExporter()
            )
            .WithMetrics(metrics =>
                metrics.AddAspNetCoreInstrumentation().AddMeter("MassTransit", "Marten").AddOtlpExporter()
            );
        return builder;
    }
}
