using Hubs.Deploy.Tests.Support;

namespace Hubs.Deploy.Tests.Kubernetes;

/// <summary>Schema changes are applied by Jobs, since production hosts never auto-create schema.</summary>
internal static class MigrationRules
{
    /// <summary>A Job per host running the host's own image with <c>migrate</c>.</summary>
    public static IEnumerable<string> Violations(List<Manifest> manifests)
    {
        var migrations = PodTemplate
            .All(manifests)
            .Where(p => p.Owner.Kind == "Job")
            .SelectMany(p => p.Containers.Select(c => (Pod: p, Container: c)))
            .Where(x =>
                x.Container.Seq("args").OfType<string>().FirstOrDefault() == "migrate"
                || x.Container.Seq("command").OfType<string>().LastOrDefault() == "migrate"
            )
            .ToList();
        foreach (var host in new[] { "Web", "Insights", "Identity" })
        {
            if (
                !migrations.Any(m =>
                    PodTemplate.HostOf(m.Container) == host && m.Pod.Spec.Str("restartPolicy") is "Never" or "OnFailure"
                )
            )
            {
                yield return $"no migration Job runs the {host} image with migrate";
            }
        }
    }
}
