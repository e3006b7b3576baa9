using Hubs.Deploy.Tests.Support;

namespace Hubs.Deploy.Tests.Kubernetes;

/// <summary>A pod as NetworkPolicies see it.</summary>
internal sealed record Pod(string Namespace, IReadOnlyDictionary<string, string> Labels);

/// <summary>
/// Kubernetes NetworkPolicy semantics, enough to answer "may this pod open this port on that pod?":
/// a connection needs the source's egress and the destination's ingress to allow it; a pod no policy
/// of a direction selects is open in that direction. An ipBlock peer is taken to match any pod, so a
/// CIDR rule can never hide a path.
/// </summary>
internal sealed class NetworkModel(
    List<Manifest> manifests,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? namespaceLabels = null
)
{
    private readonly List<Manifest> _policies = manifests.Where(m => m.Kind == "NetworkPolicy").ToList();

    public bool Allows(Pod from, Pod to, int port) =>
        Side(from, "Egress", "egress", "to", to, port) && Side(to, "Ingress", "ingress", "from", from, port);

    private bool Side(Pod pod, string type, string rulesKey, string peersKey, Pod peer, int port)
    {
        var selecting = _policies
            .Where(p =>
                p.Namespace == pod.Namespace && Selector.Matches(p.Document.Map("spec", "podSelector"), pod.Labels)
            )
            .Where(p => PolicyTypes(p).Contains(type))
            .ToList();
        return selecting.Count == 0
            || selecting.Any(p =>
                p.Document.Maps("spec", rulesKey)
                    .Any(rule =>
                        PortAllowed(rule, port)
                        && (
                            rule.Seq(peersKey).Count == 0
                            || rule.Maps(peersKey).Any(peerRule => PeerMatches(peerRule, p.Namespace, peer))
                        )
                    )
            );
    }

    private static List<string> PolicyTypes(Manifest policy)
    {
        var declared = policy.Document.Seq("spec", "policyTypes").OfType<string>().ToList();
        return declared.Count > 0 ? declared
            : policy.Document.At("spec", "egress") is null ? ["Ingress"]
            : ["Ingress", "Egress"];
    }

    private static bool PortAllowed(Dictionary<string, object?> rule, int port) =>
        rule.At("ports") is null
        || rule.Maps("ports")
            .Any(p =>
                !int.TryParse(p.Str("port"), out var first) // absent or a named port: assume it may match
                || (int.TryParse(p.Str("endPort"), out var last) ? port >= first && port <= last : port == first)
            );

    private bool PeerMatches(Dictionary<string, object?> peer, string policyNamespace, Pod pod)
    {
        if (peer.At("ipBlock") is not null)
        {
            return true;
        }

        var namespaceSelector = peer.Map("namespaceSelector");
        var inNamespace = peer.At("namespaceSelector") is null
            ? pod.Namespace == policyNamespace
            : Selector.Matches(namespaceSelector, LabelsOf(pod.Namespace));
        return inNamespace && Selector.Matches(peer.Map("podSelector"), pod.Labels);
    }

    private Dictionary<string, string> LabelsOf(string ns)
    {
        var labels = new Dictionary<string, string>(
            namespaceLabels?.GetValueOrDefault(ns) ?? new Dictionary<string, string>()
        )
        {
            ["kubernetes.io/metadata.name"] = ns,
        };
        foreach (var declared in manifests.Where(m => m.Kind == "Namespace" && m.Name == ns))
        {
            foreach (var (key, value) in declared.Document.Strings("metadata", "labels"))
            {
                labels[key] = value;
            }
        }

        return labels;
    }
}
