using System.Net;

namespace Hubs.Deploy.Tests.Configuration;

/// <summary>
/// A host believes X-Forwarded-For and X-Forwarded-Proto only from the proxy its deployment names
/// (<c>ForwardedHeaders__KnownProxies__N</c>, addresses, or <c>ForwardedHeaders__KnownNetworks__N</c>, CIDR ranges),
/// never from every peer (<see cref="TrustEveryone"/>): anyone reaching a host's port directly could otherwise pick
/// their own address (rate limits, audit) and pass plain HTTP off as HTTPS.
/// </summary>
internal static class ForwardedHeadersRules
{
    public const string TrustEveryone = "ASPNETCORE_FORWARDEDHEADERS_ENABLED";

    public const string Proxies = "ForwardedHeaders__KnownProxies__";

    public const string Networks = "ForwardedHeaders__KnownNetworks__";

    /// <summary>What is wrong with one running host's environment (<paramref name="where"/> names it).</summary>
    public static IEnumerable<string> Violations(string where, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (environment.ContainsKey(TrustEveryone))
        {
            yield return $"{where}: {TrustEveryone} believes forwarded headers from any peer; name the proxy instead";
        }

        var proxies = Named(environment, Proxies);
        var networks = Named(environment, Networks);
        if (proxies.Count + networks.Count == 0)
        {
            yield return $"{where}: names no trusted proxy ({Proxies}0 or {Networks}0)";
        }

        foreach (var proxy in proxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return $"{where}: trusted proxy {proxy} is not an address";
        }

        foreach (var network in networks.Where(n => !IPNetwork.TryParse(n, out _)))
        {
            yield return $"{where}: trusted network {network} is not a CIDR range";
        }
    }

    public static List<string> Named(IReadOnlyDictionary<string, string> environment, string prefix) =>
        [.. environment.Where(e => e.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).Select(e => e.Value)];
}
