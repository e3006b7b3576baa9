using Hubs.Deploy.Tests.Support;

namespace Hubs.Deploy.Tests.Kubernetes;

/// <summary>Probes, resources and hardening of every pod; each rule names the break it finds.</summary>
internal static class WorkloadRules
{
    public static IEnumerable<string> Violations(List<Manifest> manifests)
    {
        foreach (var pod in PodTemplate.All(manifests))
        {
            var owner = pod.Owner.ToString();
            var podContext = pod.Spec.Map("securityContext");
            if (pod.Spec.Str("automountServiceAccountToken") != "false")
            {
                yield return $"{owner}: mounts a service account token it does not need";
            }

            var tmpVolumes = pod
                .Spec.Maps("volumes")
                .Where(v => v.At("emptyDir") is not null)
                .Select(v => v.Str("name"))
                .ToHashSet();
            foreach (var container in pod.Containers)
            {
                var name = $"{owner} container {container.Str("name")}";
                foreach (var problem in Probes(pod, container))
                {
                    yield return $"{name}: {problem}";
                }

                foreach (var resource in new[] { "requests", "limits" })
                {
                    if (
                        container.Str("resources", resource, "cpu") is null
                        || container.Str("resources", resource, "memory") is null
                    )
                    {
                        yield return $"{name}: no cpu and memory {resource}";
                    }
                }

                var context = container.Map("securityContext");
                if ((context.Str("runAsNonRoot") ?? podContext.Str("runAsNonRoot")) != "true")
                {
                    yield return $"{name}: not runAsNonRoot";
                }

                if (context.Str("readOnlyRootFilesystem") != "true")
                {
                    yield return $"{name}: root filesystem is not read-only";
                }

                if (context.Str("allowPrivilegeEscalation") != "false")
                {
                    yield return $"{name}: privilege escalation allowed";
                }

                if (!context.Seq("capabilities", "drop").Contains("ALL"))
                {
                    yield return $"{name}: capabilities not all dropped";
                }

                if (
                    !container
                        .Maps("volumeMounts")
                        .Any(m => m.Str("mountPath") == "/tmp" && tmpVolumes.Contains(m.Str("name")))
                )
                {
                    yield return $"{name}: no writable emptyDir at /tmp";
                }
            }
        }
    }

    /// <summary>
    /// Long-running pods: readiness on /health/ready and liveness on /health/live, on the port Kestrel listens on.
    /// </summary>
    private static IEnumerable<string> Probes(PodTemplate pod, Dictionary<string, object?> container)
    {
        if (pod.Owner.Kind != "Deployment")
        {
            yield break;
        }

        foreach (var (probe, path) in new[] { ("readinessProbe", "/health/ready"), ("livenessProbe", "/health/live") })
        {
            var get = container.Map(probe, "httpGet");
            if (get.Str("path") != path)
            {
                yield return $"{probe} is not an HTTP GET of {path}";
            }
            else if (PortNumber(container, get.Str("port")) != 8080)
            {
                yield return $"{probe} does not reach port 8080 (ASPNETCORE_URLS)";
            }
        }
    }

    private static int? PortNumber(Dictionary<string, object?> container, string? port) =>
        int.TryParse(port, out var number) ? number
        : int.TryParse(
            container.Maps("ports").FirstOrDefault(p => p.Str("name") == port).Str("containerPort"),
            out var named
        )
            ? named
        : null;
}
