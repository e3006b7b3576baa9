using Hubs.Deploy.Tests.Support;

namespace Hubs.Deploy.Tests.Kubernetes;

/// <summary>Each rule run against a broken copy of the manifests, to prove it can fail.</summary>
public class BrokenManifestTests
{
    [Fact]
    public void A_missing_probe_limit_or_hardening_is_caught()
    {
        var manifests = Manifest.LoadAll();
        var web = Container(manifests, "Deployment", "hubs-web");
        web.Remove("readinessProbe");
        web.Map("livenessProbe", "httpGet")!["path"] = "/health/ready";
        web.Map("resources")!.Remove("limits");
        web.Map("securityContext")!["readOnlyRootFilesystem"] = "false";
        Container(manifests, "Job", "hubs-migrate-insights").Map("securityContext", "capabilities")!["drop"] =
            new List<object?>();
        var violations = WorkloadRules.Violations(manifests).ToList();
        Assert.Contains(
            "Deployment/hubs-web container web: readinessProbe is not an HTTP GET of /health/ready",
            violations
        );
        Assert.Contains(
            "Deployment/hubs-web container web: livenessProbe is not an HTTP GET of /health/live",
            violations
        );
        Assert.Contains("Deployment/hubs-web container web: no cpu and memory limits", violations);
        Assert.Contains("Deployment/hubs-web container web: root filesystem is not read-only", violations);
        Assert.Contains("Job/hubs-migrate-insights container migrate: capabilities not all dropped", violations);
    }

    [Fact]
    public void Mismatched_autoscalers_and_budgets_are_caught()
    {
        var manifests = Manifest.LoadAll();
        Find(manifests, "HorizontalPodAutoscaler", "hubs-insights").Document.Map("spec", "scaleTargetRef")!["name"] =
            "hubs-insight";
        Find(manifests, "PodDisruptionBudget", "hubs-web").Document.Map("spec", "selector", "matchLabels")![
            "app.kubernetes.io/name"
        ] = "web";
        var violations = ScalingRules.Violations(manifests).ToList();
        Assert.Contains(
            "HorizontalPodAutoscaler/hubs-insights: scales Deployment/hubs-insight, which does not exist",
            violations
        );
        Assert.Contains("Deployment/hubs-insights: no HorizontalPodAutoscaler", violations);
        Assert.Contains("PodDisruptionBudget/hubs-web: selector matches 0 Deployments, not exactly one", violations);
        Assert.Contains("Deployment/hubs-web: no PodDisruptionBudget", violations);
    }

    [Fact]
    public void A_missing_migration_is_caught()
    {
        var manifests = Manifest.LoadAll();
        Container(manifests, "Job", "hubs-migrate-identity")["args"] = new List<object?> { "seed-demo" };
        Assert.Contains("no migration Job runs the Identity image with migrate", MigrationRules.Violations(manifests));
    }

    [Fact]
    public void Stored_secrets_and_settings_a_host_does_not_read_are_caught()
    {
        var manifests = Manifest.LoadAll();
        manifests.Add(
            new Manifest(
                "secret.yaml",
                new Dictionary<string, object?>
                {
                    ["kind"] = "Secret",
                    ["metadata"] = new Dictionary<string, object?> { ["name"] = "hubs-web" },
                }
            )
        );
        var insights = Container(manifests, "Deployment", "hubs-insights");
        insights
            .Seq("env")
            .Add(new Dictionary<string, object?> { ["name"] = "Pseudonymisation__Key", ["value"] = "c2VjcmV0" });
        Find(manifests, "ConfigMap", "hubs-identity-settings").Document.Map("data")!["RabbitMq__Uri"] =
            "amqp://u:p@rabbitmq:5672/hubs";
        Container(manifests, "Job", "hubs-migrate-web").Seq("env").RemoveAll(e => e.Str("name") == "RabbitMq__Uri");
        insights.Seq("env").RemoveAll(e => e.Str("name") == "Oidc__ClientSecret");
        Find(manifests, "ConfigMap", "hubs-web-settings").Document.Map("data")!["Sms__GatewayKey"] =
            "sms-key-in-the-repo";
        var violations = SettingsRules.Violations(manifests).ToList();
        Assert.Contains(
            "Secret/hubs-web: Secrets are created by the operator, never stored in the repository",
            violations
        );
        Assert.Contains(
            "Deployment/hubs-insights container insights: Pseudonymisation__Key must come from a secretKeyRef",
            violations
        );
        Assert.Contains(
            "Deployment/hubs-insights container insights: Pseudonymisation__Key "
                + "is not a configuration key Hubs.Insights reads",
            violations
        );
        Assert.Contains(
            "Deployment/hubs-insights container insights: Insights must never be given Pseudonymisation__Key",
            violations
        );
        Assert.Contains(
            "ConfigMap/hubs-identity-settings: RabbitMq__Uri is a secret; reference it with secretKeyRef",
            violations
        );
        Assert.Contains(
            "Deployment/hubs-identity container identity: RabbitMq__Uri is not a configuration key Hubs.Identity reads",
            violations
        );
        Assert.Contains(
            "Job/hubs-migrate-web container migrate: Hubs.Web cannot start without RabbitMq:Uri",
            violations
        );
        Assert.Contains(violations, v =>
            v.StartsWith(
                "Deployment/hubs-insights container insights: Hubs.Insights reads Oidc:ClientSecret, which is not set",
                StringComparison.Ordinal
            )
        );
        Assert.Contains(
            "ConfigMap/hubs-web-settings: Sms__GatewayKey is a secret; reference it with secretKeyRef",
            violations
        );
    }

    [Fact]
    public void An_egress_opening_on_both_sides_to_the_clinical_database_is_caught()
    {
        var manifests = Manifest.LoadAll();
        Find(manifests, "NetworkPolicy", "insights")
            .Document.Seq("spec", "egress")
            .Add(
                new Dictionary<string, object?>
                {
                    ["to"] = new List<object?>
                    {
                        new Dictionary<string, object?>
                        {
                            ["ipBlock"] = new Dictionary<string, object?> { ["cidr"] = "10.0.0.0/8" },
                        },
                    },
                }
            );
        Find(manifests, "NetworkPolicy", "clinical-database")
            .Document.Seq("spec", "ingress")
            .Add(new Dictionary<string, object?>());
        var violations = NetworkRules.Violations(manifests).ToList();
        Assert.Contains("Deployment/hubs-insights (insights) may reach the clinical database", violations);
        Assert.Contains("Job/hubs-migrate-insights (insights) may reach the clinical database", violations);
    }

    [Fact]
    public void Either_side_alone_still_keeps_Insights_out()
    {
        var manifests = Manifest.LoadAll();
        Find(manifests, "NetworkPolicy", "insights")
            .Document.Seq("spec", "egress")
            .Add(new Dictionary<string, object?>());
        Assert.DoesNotContain(NetworkRules.Violations(manifests), v =>
            v.Contains("clinical", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void A_missing_default_deny_is_caught()
    {
        var manifests = Manifest.LoadAll();
        manifests.Remove(Find(manifests, "NetworkPolicy", "default-deny"));
        Assert.Contains(NetworkRules.Violations(manifests), v =>
            v.StartsWith("namespace hubs has no default-deny", StringComparison.Ordinal)
        );
    }

    private static Manifest Find(List<Manifest> manifests, string kind, string name) =>
        manifests.Single(m => m.Kind == kind && m.Name == name);

    private static Dictionary<string, object?> Container(List<Manifest> manifests, string kind, string name) =>
        Find(manifests, kind, name).Document.Maps("spec", "template", "spec", "containers").Single();
}
