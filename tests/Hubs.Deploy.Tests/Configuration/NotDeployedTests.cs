using Hubs.Deploy.Tests.Compose;
using Hubs.Deploy.Tests.Kubernetes;
using Hubs.Deploy.Tests.Support;

namespace Hubs.Deploy.Tests.Configuration;

/// <summary>The list of keys left unset on purpose stays true: each is still read, and no deployment sets it.</summary>
public class NotDeployedTests
{
    private static readonly string[] Hosts = ["Web", "Insights", "Identity"];

    public static TheoryData<string, string> Entries()
    {
        var data = new TheoryData<string, string>();
        foreach (var (host, key, _) in NotDeployed.Keys)
        {
            data.Add(host, key);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Each_entry_is_a_key_the_host_reads(string host, string key) =>
        Assert.True(HostsOf(host).Any(h => ConfigurationScanner.For(h).Reads(key) || ConfigurationScanner.For(h).Sections.Contains(key)),
            $"{key} is listed as not deployed for {host}, which does not read it: remove the entry");

    [Theory]
    [MemberData(nameof(Entries))]
    public void No_running_host_is_given_an_entry(string host, string key)
    {
        var compose = ComposeFile.Load().Services.Values
            .Where(s => !ComposeFile.IsOneShot(s) && HostsOf(host).Contains(ComposeFile.HostOf(s)))
            .SelectMany(s => ComposeFile.Environment(s).Keys);
        var manifests = Manifest.LoadAll();
        var configMaps = manifests.Where(m => m.Kind == "ConfigMap").ToDictionary(m => m.Name, m => m.Document.Strings("data"));
        var kubernetes = PodTemplate.All(manifests)
            .Where(p => p.Owner.Kind == "Deployment")
            .SelectMany(p => p.Containers)
            .Where(c => HostsOf(host).Contains(PodTemplate.HostOf(c)))
            .SelectMany(c => c.Maps("env").Select(e => e.Str("name") ?? string.Empty)
                .Concat(c.Maps("envFrom").SelectMany(f => configMaps.GetValueOrDefault(f.Str("configMapRef", "name") ?? string.Empty, []).Keys)));
        Assert.DoesNotContain(compose.Concat(kubernetes), variable => HostKeys.Within(HostKeys.KeyOf(variable), key));
    }

    private static string[] HostsOf(string host) => host == NotDeployed.AnyHost ? Hosts : [host];
}
