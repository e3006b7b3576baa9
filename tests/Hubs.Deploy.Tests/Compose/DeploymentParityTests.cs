using Hubs.Deploy.Tests.Configuration;
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
        var compose = DeployedVariables.Compose(h => h == host);
        var kubernetes = DeployedVariables.Kubernetes(h => h == host);
        Assert.Equal(compose.Order(StringComparer.Ordinal), kubernetes.Order(StringComparer.Ordinal));
    }
}
