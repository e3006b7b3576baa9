using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Hubs.ServiceDefaults.RateLimiting;

/// <summary>
/// ASP.NET Core's rate limiting (endpoints keep <c>RequireRateLimiting</c> / <c>[EnableRateLimiting]</c>) with the
/// counts in PostgreSQL (<see cref="WindowCounter"/>), per client address and per account, so the limit holds
/// across replicas and against guessing one account from many addresses. The client address is the connection's,
/// or X-Forwarded-For's when the connection comes from a trusted proxy (<see cref="TrustedProxies"/>).
/// </summary>
public static class SharedRateLimits
{
    private const string AccountItem = "hubs.rate-limit.account";

    public static IServiceCollection AddSharedRateLimits(
        this IServiceCollection services,
        string schema,
        bool autoCreate,
        params SharedRateLimit[] limits
    )
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new WindowCounter(
            provider.GetRequiredService<NpgsqlDataSource>(),
            schema,
            autoCreate
        ));
        services.AddHostedService<WindowSweeper>();
        services.AddSingleton(new SharedRateLimitSet(limits));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RateLimitRejection.WriteAsync;
            foreach (var limit in limits)
            {
                options.AddPolicy(limit.Name, context => Partition(context, limit));
            }
        });
        return services;
    }

    /// <summary>
    /// After routing (and, where accounts come from the signed-in user, after authentication): works out each
    /// limited request's account, which may need its form read, then lets ASP.NET Core's rate limiter count it.
    /// </summary>
    public static IApplicationBuilder UseSharedRateLimits(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var set = app.ApplicationServices.GetRequiredService<SharedRateLimitSet>();
        app.Use(
            async (context, next) =>
            {
                var name = context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
                if (name is not null && Counted(context) && set.Find(name)?.Account is { } account)
                {
                    context.Items[AccountItem] = await account(context);
                }

                await next(context);
            }
        );
        app.UseRateLimiter();
        return app;
    }

    private static bool Counted(HttpContext context) =>
        !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method);

    private static RateLimitPartition<string> Partition(HttpContext context, SharedRateLimit limit)
    {
        if (!Counted(context))
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        string[] keys = context.Items[AccountItem] is string { Length: > 0 } account
            ? [Key(limit.Name, "address", address), Key(limit.Name, "account", account)]
            : [Key(limit.Name, "address", address)];
        return RateLimitPartition.Get(string.Join('|', keys), _ => new SharedWindowLimiter(
            context.RequestServices.GetRequiredService<WindowCounter>(),
            keys,
            limit.PermitLimit,
            limit.Window,
            context.RequestServices.GetRequiredService<TimeProvider>(),
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SharedRateLimits))
        ));
    }

    /// <summary>A hash, so the table never holds an address or an email in clear.</summary>
    private static string Key(string policy, string kind, string value) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{policy}\n{kind}\n{value}")));
}
