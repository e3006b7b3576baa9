using System.Text.Json;
using System.Text.RegularExpressions;
using Hubs.Deploy.Tests.Support;

namespace Hubs.Deploy.Tests.Configuration;

/// <summary>
/// Finds the configuration keys a host's code reads, by scanning <c>src/Hubs.&lt;Host&gt;</c> and the
/// parts of <c>Hubs.ServiceDefaults</c> the host calls into (a file counts once one of its static
/// methods is called from code already counted), plus the host's appsettings*.json.
/// </summary>
internal static partial class ConfigurationScanner
{
    private static readonly Dictionary<string, HostKeys> Cache = [];

    public static HostKeys For(string host)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(host, out var keys))
            {
                keys = Scan(host);
                Cache[host] = keys;
            }

            return keys;
        }
    }

    private static HostKeys Scan(string host)
    {
        var hostDir = Repo.Path("src", $"Hubs.{host}");
        if (!Directory.Exists(hostDir))
        {
            throw new ArgumentException($"No project src/Hubs.{host}", nameof(host));
        }

        var code = Repo.Files(hostDir, "*.cs").Select(File.ReadAllText).ToList();
        code.AddRange(SharedFilesUsedBy(code));
        var constants = code.SelectMany(Constants).ToLookup(c => c.Name, c => c.Value);
        string Resolve(Match m)
        {
            if (m.Groups["literal"].Success)
            {
                return m.Groups["literal"].Value;
            }

            // ContactOptions.Section is the Section of ContactOptions, not the first "Section" found.
            var parts = m.Groups["name"].Value.Split('.');
            var qualified = parts.Length > 1 ? constants[$"{parts[^2]}.{parts[^1]}"] : constants[parts[^1]];
            return qualified.FirstOrDefault() ?? $"<unresolved {m.Groups["name"].Value}>";
        }

        var exact = new List<string>();
        var sections = new List<string>();
        var required = new List<string>();
        foreach (var text in code)
        {
            void Add(IEnumerable<Match> reads, Func<Match, string> key)
            {
                foreach (var read in reads)
                {
                    exact.Add(key(read));
                    if (OrThrow().IsMatch(text[(read.Index + read.Length)..]))
                    {
                        required.Add(key(read));
                    }
                }
            }

            Add(Indexer().Matches(text), Resolve);
            Add(GetValue().Matches(text), Resolve);
            Add(ConnectionString().Matches(text), m => "ConnectionStrings:" + Resolve(m));
            sections.AddRange(GetSection().Matches(text).Select(Resolve));
        }

        var defaults = new List<string>();
        foreach (var settings in Directory.EnumerateFiles(hostDir, "appsettings*.json"))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(settings));
            var keys = new List<string>();
            Flatten(json.RootElement, null, keys, sections);
            exact.AddRange(keys);
            if (Path.GetFileName(settings) == "appsettings.json")
            {
                defaults.AddRange(keys);
            }
        }

        return new HostKeys(host, exact, sections, required, defaults);
    }

    private static List<string> SharedFilesUsedBy(List<string> hostCode)
    {
        var shared = Repo.Files(Repo.Path("src", "Hubs.ServiceDefaults"), "*.cs")
            .Select(File.ReadAllText)
            .Select(text => (Text: text, Methods: StaticMethod().Matches(text).Select(m => m.Groups[1].Value).ToList()))
            .ToList();
        var used = new List<string>();
        var frontier = new List<string>(hostCode);
        while (frontier.Count > 0)
        {
            var next = shared
                .Where(f =>
                    !used.Contains(f.Text)
                    && f.Methods.Any(name => frontier.Any(c => c.Contains(name + "(", StringComparison.Ordinal)))
                )
                .Select(f => f.Text)
                .ToList();
            used.AddRange(next);
            frontier = next;
        }

        return used;
    }

    /// <summary>Each constant by its own name and by <c>Type.Name</c> (the type declared last before it).</summary>
    private static IEnumerable<(string Name, string Value)> Constants(string text)
    {
        var types = TypeDeclaration().Matches(text);
        foreach (Match constant in Constant().Matches(text))
        {
            var name = constant.Groups[1].Value;
            var value = constant.Groups[2].Value;
            yield return (name, value);
            if (types.LastOrDefault(t => t.Index < constant.Index) is { } type)
            {
                yield return ($"{type.Groups[1].Value}.{name}", value);
            }
        }
    }

    private static void Flatten(JsonElement element, string? prefix, List<string> exact, List<string> sections)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Flatten(
                        property.Value,
                        prefix is null ? property.Name : $"{prefix}:{property.Name}",
                        exact,
                        sections
                    );
                }

                break;
            case JsonValueKind.Array:
                sections.Add(prefix!);
                break;
            default:
                exact.Add(prefix!);
                break;
        }
    }

    private const string Argument = """\s*(?:"(?<literal>[^"]+)"|(?<name>[A-Z][\w.]*))\s*""";

    [GeneratedRegex(@"[Cc]onfiguration\s*\[" + Argument + @"\]")]
    private static partial Regex Indexer();

    [GeneratedRegex(@"\.GetValue(?:<[^>]+>)?\(" + Argument + "[,)]")]
    private static partial Regex GetValue();

    [GeneratedRegex(@"\.GetConnectionString\(" + Argument + @"\)")]
    private static partial Regex ConnectionString();

    [GeneratedRegex(@"\.GetSection\(" + Argument + @"\)")]
    private static partial Regex GetSection();

    [GeneratedRegex(@"^\s*\?\?\s*throw\b")]
    private static partial Regex OrThrow();

    [GeneratedRegex("""const\s+string\s+(\w+)\s*=\s*"([^"]+)"\s*;""")]
    private static partial Regex Constant();

    [GeneratedRegex(@"\b(?:class|record|struct|interface)\s+(\w+)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"(?:public|internal)\s+static\s+(?:async\s+)?[\w<>\[\]?,. ]+?\s+(\w+)\s*(?:<[^>]+>)?\s*\(")]
    private static partial Regex StaticMethod();
}
