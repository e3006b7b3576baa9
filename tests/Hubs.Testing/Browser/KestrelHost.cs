using System.Net;

namespace Hubs.Testing.Browser;

/// <summary>A test host on real Kestrel, on a free loopback port, so a real browser can reach it.</summary>
public static class KestrelHost
{
    public static Uri StartOnLoopback<TEntryPoint>(this TestHost<TEntryPoint> host)
        where TEntryPoint : class => host.StartOnLoopback(FreePort.Next());

    /// <summary>On a port chosen beforehand (an identity provider must know the redirect URI first).</summary>
    public static Uri StartOnLoopback<TEntryPoint>(this TestHost<TEntryPoint> host, int port)
        where TEntryPoint : class
    {
        ArgumentNullException.ThrowIfNull(host);
        host.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        host.StartServer();
        return new Uri($"http://127.0.0.1:{port}/");
    }
}
