using System.Net;
using Hubs.Deploy.Tests.Compose;
using Hubs.Deploy.Tests.Kubernetes;
using Hubs.Deploy.Tests.Support;

namespace Hubs.Deploy.Tests.Configuration;

/// <summary>
/// Every running host in compose and Kubernetes trusts only its proxy's forwarded headers, named by range in both:
/// compose names the TLS proxy as the gateway of its own network (where the published loopback ports lead in; a /32),
/// Kubernetes the ingress controller's pods. The rule itself is shown failing on a host that trusts every peer.
/// </summary>
public class ForwardedHeadersTests
{
    [Fact]
    public void Compose_hosts_trust_only_the_proxy_at_their_network_gateway()
    {
        var compose = ComposeFile.Load();
        var gateways = compose
            .Document.Maps("networks", "default", "ipam", "config")
            .Select(c => c.Str("gateway"))
            .OfType<string>()
            .ToList();
        var hosts = compose.Services.Where(s =>
            ComposeFile.HostOf(s.Value) is not null && !ComposeFile.IsOneShot(s.Value)
        );

        Assert.Equal(3, hosts.Count());
        foreach (var (name, service) in hosts)
        {
            var environment = ComposeFile.Environment(service);
            Assert.Empty(ForwardedHeadersRules.Violations(name, environment));
            var networks = ForwardedHeadersRules.Named(environment, ForwardedHeadersRules.Networks);
            Assert.NotEmpty(networks);
            Assert.All(networks, network => Assert.Contains(network, gateways.Select(g => g + "/32")));
        }
    }

    [Fact]
    public void Kubernetes_hosts_trust_only_the_ingress_controllers_network()
    {
        var manifests = Manifest.LoadAll();
        var configMaps = manifests
            .Where(m => m.Kind == "ConfigMap")
            .ToDictionary(m => m.Name, m => m.Document.Strings("data"));
        var running = PodTemplate
            .All(manifests)
            .Where(p => p.Owner.Kind == "Deployment")
            .SelectMany(p => p.Containers.Where(c => PodTemplate.HostOf(c) is not null).Select(c => (p.Owner, c)))
            .ToList();

        Assert.Equal(3, running.Count);
        foreach (var (owner, container) in running)
        {
            var environment = container
                .Maps("envFrom")
                .SelectMany(source => configMaps.GetValueOrDefault(source.Str("configMapRef", "name") ?? "") ?? [])
                .Concat(
                    container.Maps("env").Select(e => KeyValuePair.Create(e.Str("name") ?? "", e.Str("value") ?? ""))
                )
                .ToDictionary(StringComparer.OrdinalIgnoreCase);
            Assert.Empty(ForwardedHeadersRules.Violations(owner.ToString(), environment));
            Assert.NotEmpty(ForwardedHeadersRules.Named(environment, ForwardedHeadersRules.Networks));
        }
    }

    [Fact]
    public void The_rule_refuses_a_host_that_trusts_every_peer_or_names_no_proxy()
    {
        var everyone = new Dictionary<string, string> { [ForwardedHeadersRules.TrustEveryone] = "true" };
        var unreadable = new Dictionary<string, string>
        {
            [ForwardedHeadersRules.Proxies + "0"] = "the-proxy",
            [ForwardedHeadersRules.Networks + "0"] = "10.0.0.0",
        };

        Assert.Equal(2, ForwardedHeadersRules.Violations("web", everyone).Count());
        Assert.Equal(2, ForwardedHeadersRules.Violations("web", unreadable).Count());
        Assert.Empty(
            ForwardedHeadersRules.Violations(
                "web",
                new Dictionary<string, string> { [ForwardedHeadersRules.Proxies + "0"] = IPAddress.Loopback.ToString() }
            )
        );
    }
}
