using System.Text.RegularExpressions;
using Hubs.Deploy.Tests.Containers;
using Hubs.Deploy.Tests.Support;

namespace Hubs.Deploy.Tests.Compose;

/// <summary>deploy/compose/compose.yaml as data, with the questions the rules ask of it.</summary>
internal sealed partial class ComposeFile(Dictionary<string, object?> document, string directory)
{
    public static string DefaultPath => Repo.Path("deploy", "compose", "compose.yaml");

    public Dictionary<string, object?> Document { get; } = document;

    public string Directory { get; } = directory;

    public Dictionary<string, object?> Services => Document.Map("services") ?? [];

    public static ComposeFile Load() => new(Yaml.Load(DefaultPath), System.IO.Path.GetDirectoryName(DefaultPath)!);

    public string Resolve(string relative) => System.IO.Path.GetFullPath(System.IO.Path.Combine(Directory, relative));

    /// <summary>The Hubs host a service runs (Web, Insights, Identity), from its image name; null for others.</summary>
    public static string? HostOf(object? service)
    {
        var match = HostImage().Match(service.Str("image") ?? string.Empty);
        return match.Success
            ? Dockerfile.Hosts.Single(h => h.Equals(match.Groups[1].Value, StringComparison.OrdinalIgnoreCase))
            : null;
    }

    /// <summary>A service's environment, from either the mapping or the KEY=VALUE list form.</summary>
    public static Dictionary<string, string> Environment(object? service) =>
        service.At("environment") switch
        {
            Dictionary<string, object?> map => map.ToDictionary(p => p.Key, p => p.Value as string ?? string.Empty),
            List<object?> list => list.OfType<string>()
                .Select(e => e.Split('=', 2))
                .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : string.Empty),
            _ => [],
        };

    public string? DockerfileOf(object? service)
    {
        if (service.At("build") is null)
        {
            return null;
        }

        var context = service.Str("build") ?? service.Str("build", "context") ?? ".";
        return System.IO.Path.Combine(Resolve(context), service.Str("build", "dockerfile") ?? "Dockerfile");
    }

    /// <summary>A health check of its own, or one inherited from the image it builds.</summary>
    public bool HasHealthCheck(object? service)
    {
        if (service.At("healthcheck") is Dictionary<string, object?> check)
        {
            return check.Str("disable") != "true";
        }

        var dockerfile = DockerfileOf(service);
        return dockerfile is not null
            && File.Exists(dockerfile)
            && Dockerfile.Parse(dockerfile).FinalStage().Any(i => i.Keyword == "HEALTHCHECK");
    }

    /// <summary>A job that runs to completion (restart "no"), such as a migration.</summary>
    public static bool IsOneShot(object? service) => service.Str("restart") == "no";

    /// <summary>
    /// Names of the variables the file takes from .env (<c>${NAME}</c>, <c>${NAME:?…}</c>, <c>${NAME:-…}</c>).
    /// </summary>
    public static IReadOnlySet<string> InterpolatedVariables(string text) =>
        Interpolation().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"^hubs/(web|insights|identity)(?::|$)")]
    private static partial Regex HostImage();

    [GeneratedRegex(@"(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Interpolation();
}
