using Hubs.Deploy.Tests.Support;

namespace Hubs.Deploy.Tests.Kubernetes;

/// <summary>
/// Who may talk to whom. The data services are not in the manifests (operators run them in namespace
/// hubs-data); these are the labels the README asks their pods to carry.
/// </summary>
internal static class NetworkRules
{
    public static readonly Pod ClinicalDatabase = Data("hubs.io/database", "clinical");
    public static readonly Pod InsightsDatabase = Data("hubs.io/database", "insights");
    public static readonly Pod IdentityDatabase = Data("hubs.io/database", "identity");
    public static readonly Pod RabbitMq = Data("hubs.io/broker", "rabbitmq");
    public static readonly Pod IngressController = new("ingress", new Dictionary<string, string>());
    public static readonly Pod Stranger = new("default", new Dictionary<string, string> { ["app"] = "anything" });

    /// <summary>A server outside the cluster (the SMTP relay, the SMS gateway); only an ipBlock reaches it.</summary>
    public static readonly Pod Outside = new("outside-the-cluster", new Dictionary<string, string>());

    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Namespaces = new Dictionary<
        string,
        IReadOnlyDictionary<string, string>
    >
    {
        ["ingress"] = new Dictionary<string, string> { ["hubs.io/ingress-controller"] = "true" },
    };

    /// <summary>(network role, destination, port, allowed) — for every pod of that role, Jobs included.</summary>
    public static readonly (string Role, string Destination, int Port, bool Allowed)[] Expectations =
    [
        ("web", "clinical database", 5432, true),
        ("web", "RabbitMQ", 5672, true),
        ("web", "insights database", 5432, false),
        ("web", "identity database", 5432, false),
        ("insights", "clinical database", 5432, false),
        ("insights", "insights database", 5432, true),
        ("insights", "RabbitMQ", 5672, true),
        ("insights", "identity database", 5432, false),
        ("identity", "identity database", 5432, true),
        ("identity", "clinical database", 5432, false),
        ("identity", "insights database", 5432, false),
        ("identity", "RabbitMQ", 5672, false),
        // Oidc:Authority is reached through the ingress: metadata, code redemption, Web's account creation.
        ("web", "ingress controller", 443, true),
        ("insights", "ingress controller", 443, true),
        ("web", "SMTP relay", 587, true),
        ("web", "SMS gateway", 443, true),
        ("identity", "SMTP relay", 587, true),
        ("insights", "SMTP relay", 587, false),
    ];

    public static Pod Destination(string name) =>
        name switch
        {
            "clinical database" => ClinicalDatabase,
            "insights database" => InsightsDatabase,
            "identity database" => IdentityDatabase,
            "RabbitMQ" => RabbitMq,
            "ingress controller" => IngressController,
            "SMTP relay" or "SMS gateway" => Outside,
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };

    public static IEnumerable<string> Violations(List<Manifest> manifests)
    {
        var model = new NetworkModel(manifests, Namespaces);
        var pods = PodTemplate.All(manifests).ToList();
        foreach (var (role, destination, port, allowed) in Expectations)
        {
            var ofRole = pods.Where(p => p.Labels.GetValueOrDefault("hubs.io/network-role") == role).ToList();
            if (ofRole.Count == 0)
            {
                yield return $"no pod has network role {role}";
            }

            foreach (
                var pod in ofRole.Where(p =>
                    model.Allows(new Pod(p.Owner.Namespace, p.Labels), Destination(destination), port) != allowed
                )
            )
            {
                yield return $"{pod.Owner} ({role}) {(allowed ? "cannot" : "may")} reach the {destination}";
            }
        }

        foreach (var pod in pods.Where(p => p.Owner.Kind == "Deployment"))
        {
            var self = new Pod(pod.Owner.Namespace, pod.Labels);
            if (!model.Allows(IngressController, self, 8080))
            {
                yield return $"{pod.Owner}: the ingress controller cannot reach it";
            }

            if (model.Allows(Stranger, self, 8080))
            {
                yield return $"{pod.Owner}: a pod in another namespace can reach it";
            }
        }

        foreach (
            var data in new[] { ClinicalDatabase, InsightsDatabase, IdentityDatabase, RabbitMq }.Where(d =>
                model.Allows(Stranger, d, 5432) || model.Allows(Stranger, d, 5672)
            )
        )
        {
            yield return $"a pod in another namespace can reach {string.Join(',', data.Labels.Values)}";
        }

        if (!manifests.Any(m => m.Kind == "NetworkPolicy" && m.Namespace == "hubs" && IsDefaultDeny(m)))
        {
            yield return "namespace hubs has no default-deny NetworkPolicy "
                + "(empty podSelector, Ingress and Egress, no rules)";
        }
    }

    private static bool IsDefaultDeny(Manifest policy) =>
        policy.Document.Map("spec", "podSelector") is { Count: 0 }
        && policy.Document.Seq("spec", "policyTypes").OfType<string>().Order().SequenceEqual(["Egress", "Ingress"])
        && policy.Document.At("spec", "ingress") is null
        && policy.Document.At("spec", "egress") is null;

    private static Pod Data(string key, string value) =>
        new("hubs-data", new Dictionary<string, string> { [key] = value });
}
