using System.Xml.Linq;
using Hubs.Testing;

namespace Hubs.Architecture.Tests.Projects;

/// <summary>One <c>.csproj</c> of the checkout: its SDK, whether it is a test project, what it references.</summary>
internal sealed record ProjectFile(string Path, string Sdk, bool IsTest, IReadOnlyList<string> References)
{
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

    public bool IsHost => Sdk == "Microsoft.NET.Sdk.Web";

    public static IReadOnlyList<ProjectFile> All { get; } = Load();

    public static ProjectFile Named(string name) => All.Single(p => p.Name == name);

    /// <summary>Every project this one reaches through project references, itself excluded.</summary>
    public IEnumerable<ProjectFile> Reachable()
    {
        var seen = new HashSet<string>();
        var queue = new Queue<ProjectFile>([this]);
        while (queue.TryDequeue(out var project))
        {
            foreach (var next in project.References.Select(r => All.Single(p => p.Path == r)))
            {
                if (seen.Add(next.Path))
                {
                    queue.Enqueue(next);
                    yield return next;
                }
            }
        }
    }

    private static List<ProjectFile> Load() =>
        [
            .. new[] { "src", "tests", "benchmarks" }
                .Select(folder => RepositoryRoot.Combine(folder))
                .Where(Directory.Exists)
                .SelectMany(folder => Directory.EnumerateFiles(folder, "*.csproj", SearchOption.AllDirectories))
                .Select(Read),
        ];

    private static ProjectFile Read(string path)
    {
        var xml = XDocument.Load(path).Root!;
        var folder = System.IO.Path.GetDirectoryName(path)!;
        var references = xml.Descendants("ProjectReference")
            .Select(r =>
                System.IO.Path.GetFullPath(
                    System.IO.Path.Combine(folder, r.Attribute("Include")!.Value.Replace('\\', '/'))
                )
            )
            .ToList();
        var isTest =
            xml.Descendants("IsTestProject").Any(e => e.Value == "true")
            || xml.Descendants("PackageReference").Any(e => e.Attribute("Include")?.Value == "Microsoft.NET.Test.Sdk");
        return new ProjectFile(System.IO.Path.GetFullPath(path), xml.Attribute("Sdk")?.Value ?? "", isTest, references);
    }
}
