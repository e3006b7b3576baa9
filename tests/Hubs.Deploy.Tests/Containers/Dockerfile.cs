using System.Text.RegularExpressions;
using Hubs.Deploy.Tests.Support;

namespace Hubs.Deploy.Tests.Containers;

/// <summary>A Dockerfile as its instructions (continuation lines joined, comments dropped).</summary>
internal sealed partial class Dockerfile
{
    public static readonly string[] Hosts = ["Web", "Identity", "Insights"];

    private Dockerfile(string path, IReadOnlyList<(string Keyword, string Arguments)> instructions)
    {
        Path = path;
        Instructions = instructions;
    }

    public string Path { get; }

    public IReadOnlyList<(string Keyword, string Arguments)> Instructions { get; }

    public static string PathFor(string host) =>
        Repo.Path("deploy", "containers", $"{host.ToLowerInvariant()}.Dockerfile");

    public static Dockerfile Parse(string path) => FromText(path, File.ReadAllText(path));

    public static Dockerfile FromText(string path, string text)
    {
        var logical = Continuation().Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal), " ");
        var instructions = logical
            .Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(' ', 2, StringSplitOptions.TrimEntries))
            .Select(parts => (parts[0].ToUpperInvariant(), parts.Length > 1 ? parts[1] : string.Empty))
            .ToList();
        return new Dockerfile(path, instructions);
    }

    public IEnumerable<string> All(string keyword) =>
        Instructions.Where(i => i.Keyword == keyword).Select(i => i.Arguments);

    /// <summary>Instructions of the last stage: what the running image is made of.</summary>
    public IEnumerable<(string Keyword, string Arguments)> FinalStage() =>
        Instructions.Skip(Instructions.ToList().FindLastIndex(i => i.Keyword == "FROM"));

    [GeneratedRegex(@"\\[ \t]*\n")]
    private static partial Regex Continuation();
}
