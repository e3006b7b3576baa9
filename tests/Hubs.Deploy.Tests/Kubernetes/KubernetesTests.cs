using Hubs.Deploy.Tests.Support;

namespace Hubs.Deploy.Tests.Kubernetes;

/// <summary>The manifests as they are: every rule holds.</summary>
public class KubernetesTests
{
    [Fact]
    public void Every_pod_is_probed_limited_and_hardened() =>
        Assert.Empty(WorkloadRules.Violations(Manifest.LoadAll()));

    [Fact]
    public void Selectors_autoscalers_and_disruption_budgets_fit_the_Deployments() =>
        Assert.Empty(ScalingRules.Violations(Manifest.LoadAll()));

    [Fact]
    public void A_migration_Job_runs_each_host_image_with_migrate() =>
        Assert.Empty(MigrationRules.Violations(Manifest.LoadAll()));

    [Fact]
    public void Settings_are_keys_the_hosts_read_and_secrets_are_only_referenced() =>
        Assert.Empty(SettingsRules.Violations(Manifest.LoadAll()));

    [Fact]
    public void Network_policies_keep_Insights_away_from_the_clinical_database() =>
        Assert.Empty(NetworkRules.Violations(Manifest.LoadAll()));

    [Fact]
    public void Every_host_runs_as_a_Deployment_with_a_Service()
    {
        var manifests = Manifest.LoadAll();
        foreach (var name in new[] { "hubs-web", "hubs-insights", "hubs-identity" })
        {
            Assert.Contains(manifests, m => m.Kind == "Deployment" && m.Name == name);
            Assert.Contains(manifests, m => m.Kind == "Service" && m.Name == name);
        }
    }

    [Fact]
    public void Production_settings_never_auto_create_schema()
    {
        var maps = Manifest
            .LoadAll()
            .Where(m => m.Kind == "ConfigMap")
            .Select(m => m.Document.Strings("data"))
            .ToList();
        Assert.All(maps.Where(d => d.ContainsKey("Hubs__Schema__AutoCreate")), d =>
            Assert.Equal("false", d["Hubs__Schema__AutoCreate"])
        );
        Assert.Equal(2, maps.Count(d => d.ContainsKey("Hubs__Schema__AutoCreate")));
    }

    /// <summary>Each kustomization lists exactly the manifests in its folder, so nothing is left unapplied.</summary>
    [Fact]
    public void Kustomizations_list_every_manifest()
    {
        foreach (
            var kustomization in Directory.EnumerateFiles(
                Manifest.Folder,
                "kustomization.yaml",
                SearchOption.AllDirectories
            )
        )
        {
            var folder = Path.GetDirectoryName(kustomization)!;
            var listed = Yaml.Load(kustomization).Seq("resources").OfType<string>().Order(StringComparer.Ordinal);
            var present = Directory
                .EnumerateFiles(folder, "*.yaml")
                .Select(Path.GetFileName)
                .OfType<string>()
                .Where(f => f != "kustomization.yaml")
                .Order(StringComparer.Ordinal);
            Assert.Equal(present, listed);
        }
    }

    /// <summary>The operator creates the Secrets; the README lists every one the manifests reference.</summary>
    [Fact]
    public void Every_referenced_secret_key_is_documented()
    {
        var readme = File.ReadAllText(Path.Combine(Manifest.Folder, "README.md"));
        Assert.All(SettingsRules.SecretReferences(Manifest.LoadAll()), reference =>
            Assert.Contains($"`{reference.Secret}` | `{reference.Key}`", readme, StringComparison.Ordinal)
        );
    }
}
