using Hubs.Deploy.Tests.Support;

namespace Hubs.Deploy.Tests.Kubernetes;

/// <summary>
/// deploy/SCALING.md and the manifests say the same: the hosts' replicas and autoscaling ranges, the clinical
/// database's synchronous standby, the standbys of the others and a three-node broker of quorum queues.
/// </summary>
public class ScaleOutTests
{
    private static readonly string Doc = File.ReadAllText(Repo.Path("deploy", "SCALING.md"));

    [Fact]
    public void The_scaling_document_states_each_hosts_replicas_and_autoscaling_range()
    {
        var manifests = Manifest.LoadAll();
        Assert.All(manifests.Where(m => m.Kind == "Deployment"), deployment =>
            Assert.Contains(
                $"`{deployment.File}` {deployment.Document.Str("spec", "replicas")} replicas",
                Doc,
                StringComparison.Ordinal
            )
        );
        Assert.All(manifests.Where(m => m.Kind == "HorizontalPodAutoscaler"), hpa =>
            Assert.Contains(
                $"{hpa.Name.Replace("hubs-", "", StringComparison.Ordinal)}: HPA "
                    + $"{hpa.Document.Str("spec", "minReplicas")}–{hpa.Document.Str("spec", "maxReplicas")}",
                Doc,
                StringComparison.Ordinal
            )
        );
    }

    [Fact]
    public void The_clinical_database_has_a_synchronous_standby_and_the_others_a_standby()
    {
        var clusters = Manifest.LoadAll().Where(m => m.Kind == "Cluster").ToDictionary(m => m.Name);
        var clinical = clusters["hubs-clinical"].Document;
        var instances = clinical.Str("spec", "instances")!;
        Assert.True(int.Parse(instances, System.Globalization.CultureInfo.InvariantCulture) >= 3, instances);
        Assert.Equal("1", clinical.Str("spec", "minSyncReplicas"));
        Assert.All(new[] { "hubs-insights", "hubs-identity" }, name =>
            Assert.Equal("2", clusters[name].Document.Str("spec", "instances"))
        );
        Assert.Contains("one synchronous standby", Doc, StringComparison.Ordinal);
    }

    [Fact]
    public void The_broker_is_three_nodes_whose_queues_are_quorum_queues()
    {
        var broker = Manifest.LoadAll().Single(m => m.Kind == "RabbitmqCluster").Document;
        Assert.Equal("3", broker.Str("spec", "replicas"));
        Assert.Contains(
            "default_queue_type = quorum",
            broker.Str("spec", "rabbitmq", "additionalConfig"),
            StringComparison.Ordinal
        );
        Assert.Contains("three-node quorum-queue cluster", Doc, StringComparison.Ordinal);
    }
}
