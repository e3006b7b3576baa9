using Hubs.Deploy.Tests.Support;

namespace Hubs.Deploy.Tests.Kubernetes;

/// <summary>One Kubernetes object from a file under deploy/kubernetes.</summary>
internal sealed record Manifest(string File, Dictionary<string, object?> Document)
{
    public static string Folder => Repo.Path("deploy", "kubernetes");

    public string Kind => Document.Str("kind") ?? string.Empty;

    public string Name => Document.Str("metadata", "name") ?? string.Empty;

    public string Namespace => Document.Str("metadata", "namespace") ?? "default";

    public override string ToString() => $"{Kind}/{Name}";

    /// <summary>Every object in every manifest (kustomization files excepted), freshly parsed.</summary>
    public static List<Manifest> LoadAll() =>
        Directory
            .EnumerateFiles(Folder, "*.yaml", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "kustomization.yaml")
            .Order(StringComparer.Ordinal)
            .SelectMany(f => Yaml.LoadAll(f).Select(d => new Manifest(Path.GetRelativePath(Folder, f), d)))
            .ToList();
}

/// <summary>A pod template of a Deployment or Job: what actually runs.</summary>
internal sealed record PodTemplate(Manifest Owner, Dictionary<string, string> Labels, Dictionary<string, object?> Spec)
{
    public IEnumerable<Dictionary<string, object?>> Containers =>
        Spec.Maps("containers").Concat(Spec.Maps("initContainers"));

    public static IEnumerable<PodTemplate> All(IEnumerable<Manifest> manifests) =>
        manifests
            .Where(m => m.Kind is "Deployment" or "Job" or "StatefulSet" or "DaemonSet" or "CronJob")
            .Select(m =>
            {
                var template =
                    m.Kind == "CronJob"
                        ? m.Document.Map("spec", "jobTemplate", "spec", "template")
                        : m.Document.Map("spec", "template");
                return new PodTemplate(m, template.Strings("metadata", "labels"), template.Map("spec") ?? []);
            });

    /// <summary>The Hubs host an image runs (…/hubs/web → Web), or null for any other image.</summary>
    public static string? HostOf(Dictionary<string, object?> container) =>
        (container.Str("image") ?? string.Empty).Split(':')[0] switch
        {
            "registry.example/hubs/web" => "Web",
            "registry.example/hubs/insights" => "Insights",
            "registry.example/hubs/identity" => "Identity",
            _ => null,
        };
}
