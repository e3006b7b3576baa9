using System.Text.RegularExpressions;
using Hubs.Deploy.Tests.Support;

namespace Hubs.Deploy.Tests.Repository;

/// <summary>
/// Code and docs cite only documents that are in this repository: a newcomer with a clone alone can follow every
/// citation, and a rule the code relies on is written where the code lives.
/// </summary>
public partial class CitedDocumentsTests
{
    private static readonly string[] Roots = ["src", "tests", "ops", "deploy", "benchmarks", "docs"];
    private static readonly string[] Kinds = [".cs", ".cshtml", ".md", ".sh", ".yaml", ".yml", ".json"];

    [Fact]
    public void Every_cited_markdown_document_exists_in_the_repository()
    {
        var documents = RepositoryFiles()
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .ToHashSet(StringComparer.Ordinal);
        var missing = RepositoryFiles()
            .SelectMany(file =>
                Cited()
                    .Matches(File.ReadAllText(file))
                    .Where(m =>
                        m.Value.Contains("../shared", StringComparison.Ordinal)
                        || !documents.Contains(Path.GetFileName(m.Value))
                    )
                    .Select(m => $"{Path.GetRelativePath(Repo.Root, file)} cites {m.Value}")
            )
            .ToList();

        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    private static IEnumerable<string> RepositoryFiles() =>
        Roots
            .Select(root => Path.Combine(Repo.Root, root))
            .Where(Directory.Exists)
            .SelectMany(root => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            .Where(f => Kinds.Contains(Path.GetExtension(f), StringComparer.Ordinal))
            .Where(f =>
                !f.Contains("/bin/", StringComparison.Ordinal)
                && !f.Contains("/obj/", StringComparison.Ordinal)
                && !f.Contains("/node_modules/", StringComparison.Ordinal)
                && !f.Contains("/TestResults/", StringComparison.Ordinal)
            );

    [GeneratedRegex(@"[\w./-]*[A-Za-z]\w*\.md\b")]
    private static partial Regex Cited();
}
