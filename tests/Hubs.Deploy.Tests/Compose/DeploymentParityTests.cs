using Hubs.Deploy.Tests.Kubernetes;
using Hubs.Deploy.Tests.Support;

namespace Hubs.Deploy.Tests.Compose;

/// <summary>A setting added to one deployment and forgotten in the other shows up here.</summary>
public class DeploymentParityTests
{
    [Theory]
    [InlineData("Web")]
    [InlineData("Insights")]
    [InlineData("Identity")]
    public void Compose_and_Kubernetes_give_a_host_the_same_settings(string host)
    {
        var compose = ComposeFile.Load().Services.Values
            .Where(s => ComposeFile.HostOf(s) == host && !ComposeFile.IsOneShot(s))
            .SelectMany(s => ComposeFile.Environment(s).Keys);
        var manifests = Manifest.LoadAll();
        var configMaps = manifests.Where(m => m.Kind == "ConfigMap").ToDictionary(m => m.Name, m => m.Document.Strings("data"));
        var kubernetes = PodTemplate.All(manifests)
            .Where(p => p.Owner.Kind == "Deployment")
            .SelectMany(p => p.Containers)
            .Where(c => PodTemplate.HostOf(c) == host)
            .SelectMany(c => c.Maps("env").Select(e => e.Str("name") ?? string.Empty)
                .Concat(c.Maps("envFrom").SelectMany(f => configMaps.GetValueOrDefault(f.Str("configMapRef", "name") ?? string.Empty, []).Keys)));
        Assert.Equal(compose.Order(StringComparer.Ordinal), kubernetes.Order(StringComparer.Ordinal));
    }
}
