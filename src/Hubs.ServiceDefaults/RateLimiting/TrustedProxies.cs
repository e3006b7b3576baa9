using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.ServiceDefaults.RateLimiting;

/// <summary>
/// The client's address and scheme behind a reverse proxy: X-Forwarded-For and X-Forwarded-Proto are believed only
/// from the proxies an operator lists (<c>ForwardedHeaders:KnownProxies</c>, addresses;
/// <c>ForwardedHeaders:KnownNetworks</c>, CIDR ranges), one hop. With neither set this adds nothing (the middleware's
/// empty lists would trust everyone): address and scheme are the connection's, so a client can neither pick its own
/// rate-limit partition nor pass plain HTTP off as HTTPS by sending the headers. The compose and Kubernetes
/// deployments name their proxy here (deploy/README.md); never set ASPNETCORE_FORWARDEDHEADERS_ENABLED, which would
/// trust every peer (and read the headers twice).
/// </summary>
public static class TrustedProxies
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var proxies = configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [];
        var trusted = proxies.Length + networks.Length > 0;
        services.AddSingleton(new TrustedProxySettings(trusted));
        if (!trusted)
        {
            return services;
        }

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // The client's address and the scheme it used (TLS ends at the proxy: pages need https, see HttpsPages).
            options.ForwardedHeaders |= ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = 1;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }

    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<TrustedProxySettings>().Any)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    private sealed record TrustedProxySettings(bool Any);
}
