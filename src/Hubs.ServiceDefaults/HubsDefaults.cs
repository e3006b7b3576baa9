using Hubs.ServiceDefaults.Auth;
using Hubs.ServiceDefaults.Errors;
using Hubs.ServiceDefaults.Health;
using Hubs.ServiceDefaults.Logging;
using Hubs.ServiceDefaults.RateLimiting;
using Hubs.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Scalar.AspNetCore;

namespace Hubs.ServiceDefaults;

/// <summary>
/// What every Hubs host shares: logs, telemetry, problem details, OpenAPI, health endpoints, trusted proxies and safe
/// cookies.
/// </summary>
public static class HubsDefaults
{
    public static WebApplicationBuilder AddHubsDefaults(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddHubsLogging();
        builder.AddHubsTelemetry();
        builder.Services.AddHubsProblemDetails();
        builder.Services.AddProblemDetailsOnBadJson();
        builder.Services.AddOpenApi();
        builder.Services.AddHealthChecks();
        builder.Services.AddTrustedProxies(builder.Configuration);
        builder.Services.AddHubsCookies(builder.Environment);
        return builder;
    }

    /// <summary>
    /// Call first after <c>Build()</c>: errors anywhere later become problem details on API paths and the
    /// host's HTML error page (<c>/error/{status}</c>, in its own layout) everywhere else.
    /// </summary>
    public static WebApplication UseHubsDefaults(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseTrustedProxies();
        app.UseCookiePolicy();
        app.UseWhen(ApiRequests.IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(
            context => !ApiRequests.IsApi(context),
            pages =>
            {
                pages.UseExceptionHandler(
                    new ExceptionHandlerOptions
                    {
                        ExceptionHandlingPath = ErrorPaths.PagePath,
                        StatusCodeSelector = exception =>
                            exception is BadHttpRequestException bad
                                ? bad.StatusCode
                                : StatusCodes.Status500InternalServerError,
                    }
                );
                pages.UseStatusCodePagesWithReExecute(ErrorPaths.PagePath + "/{0}");
            }
        );

        // Routing after the error handlers, so a re-executed error page is routed like any request
        // (a host's own later UseRouting finds the endpoint already chosen and does nothing).
        app.UseRouting();
        return app;
    }

    public static WebApplication MapHubsDefaults(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi("/openapi/{documentName}.json");
        if (app.Environment.IsDevelopment())
        {
            app.MapScalarApiReference("/docs", options =>
                options.WithOpenApiRoutePattern("/openapi/{documentName}.json")
            );
        }

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks(
            "/health/ready",
            new HealthCheckOptions
            {
                Predicate = check => check.Tags.Contains(HealthTags.Ready),
                ResponseWriter = HealthResponse.WriteAsync,
            }
        );
        return app;
    }
}
