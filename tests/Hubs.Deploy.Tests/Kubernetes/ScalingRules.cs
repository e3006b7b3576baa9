using Hubs.Deploy.Tests.Support;

namespace Hubs.Deploy.Tests.Kubernetes;

/// <summary>Selectors, Services, autoscalers and disruption budgets fit the Deployments.</summary>
internal static class ScalingRules
{
    public static readonly string[] Autoscaled = ["hubs-web", "hubs-insights"];

    public static IEnumerable<string> Violations(List<Manifest> manifests)
    {
        var deployments = manifests.Where(m => m.Kind == "Deployment").ToList();
        var podLabels = deployments.ToDictionary(
            d => d.Name,
            d => d.Document.Strings("spec", "template", "metadata", "labels")
        );
        foreach (
            var deployment in deployments.Where(d =>
                !Selector.Matches(d.Document.Map("spec", "selector"), podLabels[d.Name])
            )
        )
        {
            yield return $"{deployment}: selector does not match its own pods";
        }

        foreach (var service in manifests.Where(m => m.Kind == "Service"))
        {
            var selector = new Dictionary<string, object?>
            {
                ["matchLabels"] = service.Document.Map("spec", "selector"),
            };
            if (!podLabels.Values.Any(labels => Selector.Matches(selector, labels)))
            {
                yield return $"{service}: selects no Deployment's pods";
            }
        }

        var autoscalers = manifests.Where(m => m.Kind == "HorizontalPodAutoscaler").ToList();
        foreach (var hpa in autoscalers)
        {
            var target = hpa.Document.Map("spec", "scaleTargetRef");
            if (target.Str("kind") != "Deployment" || !podLabels.ContainsKey(target.Str("name") ?? string.Empty))
            {
                yield return $"{hpa}: scales {target.Str("kind")}/{target.Str("name")}, which does not exist";
            }

            if (
                !int.TryParse(hpa.Document.Str("spec", "minReplicas"), out var min)
                || min < 2
                || !int.TryParse(hpa.Document.Str("spec", "maxReplicas"), out var max)
                || max < min
            )
            {
                yield return $"{hpa}: needs minReplicas ≥ 2 and maxReplicas ≥ minReplicas";
            }
        }

        foreach (
            var name in Autoscaled.Where(n =>
                !autoscalers.Any(h => h.Document.Str("spec", "scaleTargetRef", "name") == n)
            )
        )
        {
            yield return $"Deployment/{name}: no HorizontalPodAutoscaler";
        }

        var budgets = manifests.Where(m => m.Kind == "PodDisruptionBudget").ToList();
        foreach (var budget in budgets)
        {
            var matched = podLabels
                .Where(p => Selector.Matches(budget.Document.Map("spec", "selector"), p.Value))
                .Select(p => p.Key)
                .ToList();
            if (matched.Count != 1)
            {
                yield return $"{budget}: selector matches {matched.Count} Deployments, not exactly one";
            }
        }

        foreach (var deployment in deployments)
        {
            var budget = budgets.FirstOrDefault(b =>
                Selector.Matches(b.Document.Map("spec", "selector"), podLabels[deployment.Name])
            );
            var replicas = int.TryParse(deployment.Document.Str("spec", "replicas"), out var count) ? count : 1;
            if (budget is null)
            {
                yield return $"{deployment}: no PodDisruptionBudget";
            }
            else if (
                int.TryParse(budget.Document.Str("spec", "minAvailable"), out var minAvailable)
                && minAvailable >= replicas
            )
            {
                yield return $"{budget}: minAvailable {minAvailable} with {replicas} replicas "
                    + "would block every node drain";
            }
        }
    }
}
