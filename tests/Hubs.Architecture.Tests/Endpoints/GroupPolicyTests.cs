using Hubs.Architecture.Tests.Projects;
using Mono.Cecil;

namespace Hubs.Architecture.Tests.Endpoints;

/// <summary>
/// Endpoint groups carry the authorization (<c>MapGroup(...).RequireAuthorization(policy)</c>): a host makes one group
/// per policy and declares each endpoint inside the group whose policy it needs, so who may call what is one list to
/// read and no endpoint is left with a policy of its own, or none. Razor pages are not endpoints of a group: their
/// policy is on the page (Web) or a folder convention (Insights), checked by the page matrix tests.
/// </summary>
public sealed class GroupPolicyTests
{
    public static TheoryData<string> Hosts => new() { "Hubs.Web", "Hubs.Insights", "Hubs.Identity" };

    [Theory]
    [MemberData(nameof(Hosts))]
    public void No_endpoint_outside_a_group_declares_its_own_policy(string host)
    {
        var own = Declarations(host).Where(d => !d.OnGroup).Select(d => d.Where).Distinct().ToList();

        Assert.True(own.Count == 0, $"{host}: endpoints declaring their own policy:\n  " + string.Join("\n  ", own));
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public void Each_policy_is_carried_by_one_group(string host)
    {
        var again = Declarations(host)
            .Where(d => d.OnGroup)
            .SelectMany(d => d.Policies.Select(policy => (Policy: policy, d.Where)))
            .GroupBy(d => d.Policy)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join("; ", g.Select(d => d.Where))}")
            .ToList();

        Assert.True(again.Count == 0, $"{host}: a policy on more than one group:\n  " + string.Join("\n  ", again));
    }

    private static List<PolicyDeclaration> Declarations(string host)
    {
        using var module = ModuleDefinition.ReadModule(HostAssembly.Path(host));
        return [.. PolicyDeclaration.In(module)];
    }
}
