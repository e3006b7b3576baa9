using Hubs.Deploy.Tests.Configuration;
using Hubs.Deploy.Tests.Support;

namespace Hubs.Deploy.Tests.Compose;

/// <summary>What compose.yaml must satisfy; each rule names the break it finds.</summary>
internal static class ComposeRules
{
    public static IEnumerable<string> BuildsAndVolumes(ComposeFile compose)
    {
        var declared = compose.Document.Map("volumes")?.Keys.ToHashSet() ?? [];
        var used = new HashSet<string>();
        foreach (var (name, service) in compose.Services)
        {
            var dockerfile = compose.DockerfileOf(service);
            if (dockerfile is not null && !File.Exists(dockerfile))
            {
                yield return $"{name}: Dockerfile {dockerfile} does not exist";
            }

            foreach (var volume in service.Seq("volumes"))
            {
                var source = volume as string is { } shortForm
                    ? shortForm.Split(':')[0]
                    : volume.Str("source") ?? string.Empty;
                if (source.StartsWith('.') || source.StartsWith('/'))
                {
                    var path = compose.Resolve(source);
                    if (!File.Exists(path) && !Directory.Exists(path))
                    {
                        yield return $"{name}: bind mount {source} does not exist";
                    }
                }
                else if (!declared.Contains(source))
                {
                    yield return $"{name}: volume {source} is not declared";
                }
                else
                {
                    used.Add(source);
                }
            }
        }

        foreach (var unused in declared.Except(used))
        {
            yield return $"volume {unused} is declared but no service mounts it";
        }
    }

    public static IEnumerable<string> DependenciesAndHealth(ComposeFile compose)
    {
        foreach (var (name, service) in compose.Services)
        {
            if (!ComposeFile.IsOneShot(service) && !compose.HasHealthCheck(service))
            {
                yield return $"{name}: long-running service without a health check";
            }

            var dependsOn = service.At("depends_on") switch
            {
                Dictionary<string, object?> map => map.Select(p =>
                    (p.Key, Condition: p.Value.Str("condition") ?? "service_started")
                ),
                List<object?> list => list.OfType<string>().Select(s => (Key: s, Condition: "service_started")),
                _ => [],
            };
            foreach (var (target, condition) in dependsOn)
            {
                if (!compose.Services.TryGetValue(target, out var dependency))
                {
                    yield return $"{name}: depends on {target}, which is not a service";
                }
                else if (condition == "service_healthy" && !compose.HasHealthCheck(dependency))
                {
                    yield return $"{name}: waits for {target} to be healthy, but it has no health check";
                }
                else if (condition == "service_completed_successfully" && !ComposeFile.IsOneShot(dependency))
                {
                    yield return $"{name}: waits for {target} to complete, but it is not a one-shot job";
                }
            }
        }
    }

    /// <summary>
    /// Every variable a host is given is a configuration key its code reads, it gets every key it requires,
    /// and a running host is given every key it reads that is not deliberately left unset.
    /// </summary>
    public static IEnumerable<string> HostEnvironment(ComposeFile compose)
    {
        foreach (var (name, service) in compose.Services)
        {
            if (ComposeFile.HostOf(service) is not { } host)
            {
                continue;
            }

            var keys = ConfigurationScanner.For(host);
            foreach (var variable in ComposeFile.Environment(service).Keys.Where(v => !keys.ReadsVariable(v)))
            {
                yield return $"{name}: {variable} is not a configuration key Hubs.{host} reads";
            }

            foreach (var missing in keys.MissingFrom(ComposeFile.Environment(service).Keys))
            {
                yield return $"{name}: Hubs.{host} cannot start without {missing}";
            }

            // A one-shot command (migrate) needs only what it uses; the running host needs everything it reads.
            foreach (
                var unset in ComposeFile.IsOneShot(service) ? [] : keys.UnsetBy(ComposeFile.Environment(service).Keys)
            )
            {
                yield return $"{name}: Hubs.{host} reads {unset}, which is not set "
                    + "(set it, or list it in NotDeployed with the reason)";
            }

            if (host == "Insights")
            {
                foreach (var forbidden in ComposeFile.Environment(service).Keys.Where(Secrets.IsClinicalOnly))
                {
                    yield return $"{name}: Insights must never be given {forbidden}";
                }
            }

            if (service.At("env_file") is not null)
            {
                yield return $"{name}: env_file hides a host's settings from review; list them under environment";
            }
        }
    }
}
