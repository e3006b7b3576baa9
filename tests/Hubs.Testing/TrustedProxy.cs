using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Testing;

/// <summary>
/// A test host behind the one proxy a cluster trusts (set <see cref="Address"/> as ForwardedHeaders:KnownProxies):
/// every request arrives from the proxy, which forwards the client's address in X-Forwarded-For.
/// </summary>
public static class TrustedProxy
{
    public const string Address = "10.0.0.1";

    /// <summary>
    /// The in-process server has no network: a direct client names its address here (never forwarded).
    /// </summary>
    private const string PeerHeader = "X-Test-Peer-Address";

    /// <summary>
    /// The host with every request arriving from the proxy (the in-process server has no peer address).
    /// </summary>
    public static WebApplicationFactory<TEntryPoint> Behind<TEntryPoint>(WebApplicationFactory<TEntryPoint> host)
        where TEntryPoint : class
    {
        ArgumentNullException.ThrowIfNull(host);
        return host.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, ProxyPeer>())
        );
    }

    /// <summary>
    /// A browser (cookies, no redirects) whose requests the proxy forwards for <paramref name="client"/>.
    /// </summary>
    public static HttpClient From<TEntryPoint>(WebApplicationFactory<TEntryPoint> host, string client)
        where TEntryPoint : class
    {
        ArgumentNullException.ThrowIfNull(host);
        var http = host.CreateClient(
            new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }
        );
        http.DefaultRequestHeaders.Add("X-Forwarded-For", client);
        return http;
    }

    /// <summary>
    /// A browser (cookies, no redirects) that reaches the host directly from <paramref name="peer"/>, not through the
    /// proxy: whatever X-Forwarded-* headers it sends are its own.
    /// </summary>
    public static HttpClient Direct<TEntryPoint>(WebApplicationFactory<TEntryPoint> host, string peer)
        where TEntryPoint : class
    {
        ArgumentNullException.ThrowIfNull(host);
        var http = host.CreateClient(
            new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }
        );
        http.DefaultRequestHeaders.Add(PeerHeader, peer);
        return http;
    }

    private sealed class ProxyPeer : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) =>
            app =>
            {
                app.Use(
                    (context, following) =>
                    {
                        var peer = context.Request.Headers[PeerHeader].ToString();
                        context.Request.Headers.Remove(PeerHeader);
                        context.Connection.RemoteIpAddress ??= IPAddress.Parse(peer.Length > 0 ? peer : Address);
                        return following(context);
                    }
                );
                next(app);
            };
    }
}
