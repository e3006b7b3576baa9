using Hubs.Deploy.Tests.Compose;
using Hubs.Deploy.Tests.Kubernetes;
using Hubs.Deploy.Tests.Support;

namespace Hubs.Deploy.Tests.Configuration;

/// <summary>The environment variables each deployment gives a long-running host (one-shot jobs left out).</summary>
internal static class DeployedVariables
{
    public static IEnumerable<string> Compose(Func<string?, bool> host) =>
        ComposeFile
            .Load()
            .Services.Values.Where(s => !ComposeFile.IsOneShot(s) && host(ComposeFile.HostOf(s)))
            .SelectMany(s => ComposeFile.Environment(s).Keys);

    /// <summary>
    /// Deployments' containers: their <c>env</c> names and the keys of the ConfigMaps they load whole.
    /// </summary>
    public static IEnumerable<string> Kubernetes(Func<string?, bool> host)
    {
        var manifests = Manifest.LoadAll();
        var configMaps = manifests
            .Where(m => m.Kind == "ConfigMap")
            .ToDictionary(m => m.Name, m => m.Document.Strings("data"));
        return PodTemplate
            .All(manifests)
            .Where(p => p.Owner.Kind == "Deployment")
            .SelectMany(p => p.Containers)
            .Where(c => host(PodTemplate.HostOf(c)))
            .SelectMany(c =>
                c.Maps("env")
                    .Select(e => e.Str("name") ?? string.Empty)
                    .Concat(
                        c.Maps("envFrom")
                            .SelectMany(f =>
                                configMaps.GetValueOrDefault(f.Str("configMapRef", "name") ?? string.Empty, []).Keys
                            )
                    )
            );
    }
}
