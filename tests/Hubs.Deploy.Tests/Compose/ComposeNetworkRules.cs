using System.Text.RegularExpressions;
using Hubs.Deploy.Tests.Support;

namespace Hubs.Deploy.Tests.Compose;

/// <summary>Addresses in settings name real services on the ports they listen on; ports stay on loopback.</summary>
internal static partial class ComposeNetworkRules
{
    public static IEnumerable<string> Violations(ComposeFile compose)
    {
        foreach (var (name, service) in compose.Services)
        {
            foreach (var (variable, value) in ComposeFile.Environment(service))
            {
                foreach (var (target, port) in Addresses(value))
                {
                    if (!compose.Services.TryGetValue(target, out var targetService))
                    {
                        yield return $"{name}: {variable} names {target}, which is not a service";
                    }
                    else if (ListeningPort(targetService) is { } listening && listening != port)
                    {
                        yield return $"{name}: {variable} uses {target}:{port}, but {target} listens on {listening}";
                    }
                }
            }

            foreach (var mapping in service.Seq("ports").Select(p => p as string ?? string.Empty))
            {
                var parts = Interpolated().Replace(mapping, "x").Split(':');
                if (parts.Length != 3 || parts[0] != "127.0.0.1")
                {
                    yield return $"{name}: port {mapping} is not published on 127.0.0.1 only";
                }

                if (ComposeFile.HostOf(service) is not null && parts[^1] != "8080")
                {
                    yield return $"{name}: port {mapping} does not reach the host's 8080 (ASPNETCORE_URLS)";
                }
            }

            if (ComposeFile.HostOf(service) is not null)
            {
                if (service.Str("read_only") != "true")
                {
                    yield return $"{name}: root filesystem is not read-only";
                }

                if (!service.Seq("tmpfs").Contains("/tmp"))
                {
                    yield return $"{name}: no tmpfs at /tmp";
                }

                if (!service.Seq("cap_drop").Contains("ALL"))
                {
                    yield return $"{name}: capabilities not dropped";
                }
            }
        }
    }

    /// <summary>
    /// Service names and ports in a connection string (Host=…;Port=…) or a URI (scheme://…@host:port).
    /// </summary>
    private static IEnumerable<(string Host, int Port)> Addresses(string value)
    {
        var host = HostKey().Match(value);
        if (host.Success)
        {
            var port = PortKey().Match(value);
            yield return (
                host.Groups[1].Value,
                port.Success ? int.Parse(port.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 5432
            );
        }

        foreach (Match uri in UriAuthority().Matches(value))
        {
            if (!uri.Groups["host"].Value.Contains('.', StringComparison.Ordinal))
            {
                yield return (
                    uri.Groups["host"].Value,
                    int.Parse(uri.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture)
                );
            }
        }
    }

    private static int? ListeningPort(object? service)
    {
        var image = service.Str("image") ?? string.Empty;
        return image.StartsWith("postgres:", StringComparison.Ordinal) ? 5432
            : image.StartsWith("rabbitmq:", StringComparison.Ordinal) ? 5672
            : ComposeFile.HostOf(service) is not null ? 8080
            : null;
    }

    [GeneratedRegex(@"\$\{[^}]*\}")]
    private static partial Regex Interpolated();

    [GeneratedRegex(@"(?i)(?:^|;)\s*Host=([^;]+)")]
    private static partial Regex HostKey();

    [GeneratedRegex(@"(?i)(?:^|;)\s*Port=(\d+)")]
    private static partial Regex PortKey();

    [GeneratedRegex(@"[a-z]+://(?:[^@/]*@)?(?<host>[A-Za-z0-9_.-]+):(?<port>\d+)")]
    private static partial Regex UriAuthority();
}
