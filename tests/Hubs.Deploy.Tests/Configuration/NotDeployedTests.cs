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
        Assert.True(
            HostsOf(host)
                .Any(h => ConfigurationScanner.For(h).Reads(key) || ConfigurationScanner.For(h).Sections.Contains(key)),
            $"{key} is listed as not deployed for {host}, which does not read it: remove the entry"
        );

    [Theory]
    [MemberData(nameof(Entries))]
    public void No_running_host_is_given_an_entry(string host, string key)
    {
        var compose = DeployedVariables.Compose(h => HostsOf(host).Contains(h));
        var kubernetes = DeployedVariables.Kubernetes(h => HostsOf(host).Contains(h));
        Assert.DoesNotContain(compose.Concat(kubernetes), variable => HostKeys.Within(HostKeys.KeyOf(variable), key));
    }

    private static string[] HostsOf(string host) => host == NotDeployed.AnyHost ? Hosts : [host];
}
