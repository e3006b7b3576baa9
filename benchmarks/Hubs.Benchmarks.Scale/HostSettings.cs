using Hubs.Testing;

namespace Hubs.Benchmarks.Scale;

/// <summary>
/// Each host's settings as environment variables (<c>Section__Key</c>): what the in-process test hosts get
/// (<see cref="HubsSettings"/>), with the benchmark's keys and Hub directory for Web, less the schema creation (each
/// host's <c>migrate</c> has run, as in production). Insights runs as Production with the test issuer trusted over
/// plain HTTP on loopback; Web and Identity run as Development (as the test hosts do), the only environment in which
/// they serve their forms (antiforgery and sign-in cookies are Secure elsewhere) without TLS.
/// </summary>
internal static class HostSettings
{
    public static Dictionary<string, string> Web(
        TestDatabase database,
        TestVirtualHost vhost,
        IReadOnlyDictionary<string, string> command
    )
    {
        var environment = Production(HubsSettings.Web(database, vhost, HubsSettings.NewLogFile("bench-scale-web")));
        foreach (var (key, value) in command)
        {
            environment[key] = value;
        }

        environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        return environment;
    }

    /// <summary>What each host's image sets in its environment (deploy/containers/*.Dockerfile).</summary>
    public static Dictionary<string, string> AsImage(Dictionary<string, string> environment)
    {
        environment["MALLOC_ARENA_MAX"] = "2";
        return environment;
    }

    public static Dictionary<string, string> Insights(TestDatabase database, TestVirtualHost vhost) =>
        Production(HubsSettings.Insights(database, vhost, HubsSettings.NewLogFile("bench-scale-insights")));

    public static Dictionary<string, string> Identity(TestDatabase database) =>
        new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__Identity"] = database.Identity,
            ["Email__PickupDirectory"] = Path.Combine(Path.GetTempPath(), "hubs-scale-mail"),
            ["Logging__JsonFile"] = HubsSettings.NewLogFile("bench-scale-identity"),
            // The benchmark signs hundreds of people in from one address, as the tests do (IdentityHostFixture).
            ["RateLimits__AccountFormPostsPerMinute"] = "100000",
            ["RateLimits__TokenRequestsPerMinute"] = "100000",
        };

    private static Dictionary<string, string> Production(IReadOnlyDictionary<string, string?> settings)
    {
        var environment = settings
            .Where(s => s.Value is not null && s.Key != "Hubs:Schema:AutoCreate")
            .ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!);
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        environment["Oidc__RequireHttpsMetadata"] = "false";
        // As behind the proxy that ends TLS in a deployment: the benchmark's clients send X-Forwarded-Proto.
        environment["ForwardedHeaders__KnownProxies__0"] = "127.0.0.1";
        return environment;
    }
}
