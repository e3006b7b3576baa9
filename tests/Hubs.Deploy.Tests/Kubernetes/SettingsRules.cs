using Hubs.Deploy.Tests.Configuration;
using Hubs.Deploy.Tests.Support;

namespace Hubs.Deploy.Tests.Kubernetes;

/// <summary>
/// Settings reach a host only as keys its code reads; secrets are referenced (secretKeyRef), never
/// stored; Insights never gets the clinical connection string or the pseudonymisation key.
/// </summary>
internal static class SettingsRules
{
    public static IEnumerable<string> Violations(List<Manifest> manifests)
    {
        foreach (var secret in manifests.Where(m => m.Kind == "Secret"))
        {
            yield return $"{secret}: Secrets are created by the operator, never stored in the repository";
        }

        var configMaps = manifests
            .Where(m => m.Kind == "ConfigMap")
            .ToDictionary(m => m.Name, m => m.Document.Strings("data"));
        foreach (var (name, data) in configMaps)
        {
            foreach (var key in data.Keys.Where(Secrets.IsSecret))
            {
                yield return $"ConfigMap/{name}: {key} is a secret; reference it with secretKeyRef";
            }
        }

        foreach (var pod in PodTemplate.All(manifests))
        {
            foreach (var container in pod.Containers)
            {
                var where = $"{pod.Owner} container {container.Str("name")}";
                var variables = new List<string>();
                foreach (var env in container.Maps("env"))
                {
                    var name = env.Str("name") ?? string.Empty;
                    variables.Add(name);
                    if (Secrets.IsSecret(name) && env.Map("valueFrom", "secretKeyRef") is null)
                    {
                        yield return $"{where}: {name} must come from a secretKeyRef";
                    }
                }

                foreach (var source in container.Maps("envFrom"))
                {
                    if (source.Str("configMapRef", "name") is { } map && configMaps.TryGetValue(map, out var data))
                    {
                        variables.AddRange(data.Keys);
                    }
                    else
                    {
                        yield return $"{where}: envFrom must name a ConfigMap in the "
                            + "manifests (secrets go through secretKeyRef, one by one)";
                    }
                }

                if (PodTemplate.HostOf(container) is not { } host)
                {
                    continue;
                }

                var keys = ConfigurationScanner.For(host);
                foreach (var variable in variables.Where(v => !keys.ReadsVariable(v)))
                {
                    yield return $"{where}: {variable} is not a configuration key Hubs.{host} reads";
                }

                foreach (var missing in keys.MissingFrom(variables))
                {
                    yield return $"{where}: Hubs.{host} cannot start without {missing}";
                }

                foreach (var unset in pod.Owner.Kind == "Deployment" ? keys.UnsetBy(variables) : [])
                {
                    yield return $"{where}: Hubs.{host} reads {unset}, which is not set "
                        + "(set it, or list it in NotDeployed with the reason)";
                }

                if (host == "Insights")
                {
                    foreach (var forbidden in variables.Where(Secrets.IsClinicalOnly))
                    {
                        yield return $"{where}: Insights must never be given {forbidden}";
                    }
                }
            }
        }
    }

    /// <summary>Every (Secret, key) the manifests reference, for the operator's list.</summary>
    public static IEnumerable<(string Secret, string Key)> SecretReferences(List<Manifest> manifests) =>
        PodTemplate
            .All(manifests)
            .SelectMany(p => p.Containers)
            .SelectMany(c => c.Maps("env"))
            .Select(e => e.Map("valueFrom", "secretKeyRef"))
            .OfType<Dictionary<string, object?>>()
            .Select(r => (r.Str("name") ?? string.Empty, r.Str("key") ?? string.Empty))
            .Distinct();
}
