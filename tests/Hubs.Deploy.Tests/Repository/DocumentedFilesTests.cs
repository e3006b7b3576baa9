using System.Text.RegularExpressions;
using Hubs.Deploy.Tests.Support;

namespace Hubs.Deploy.Tests.Repository;

/// <summary>
/// Docs that are true: every code file a Markdown document names (<c>`Kernel/StaffMember.cs`</c>) is in the
/// repository at that path, so a reader who follows a README lands on the file, not on where it used to be.
/// </summary>
public partial class DocumentedFilesTests
{
    private static readonly string[] Roots = ["src", "tests", "ops", "deploy", "benchmarks", "docs"];

    [Fact]
    public void Every_code_file_a_document_names_is_where_it_says()
    {
        var files = Roots
            .Select(root => Path.Combine(Repo.Root, root))
            .Where(Directory.Exists)
            .SelectMany(root => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal))
            .Where(f => !f.Contains("/node_modules/", StringComparison.Ordinal))
            .Select(f => "/" + Path.GetRelativePath(Repo.Root, f).Replace('\\', '/'))
            .ToList();
        var missing = files
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal))
            .SelectMany(document =>
                Named()
                    .Matches(File.ReadAllText(Repo.Root + document))
                    .Select(m => m.Groups["path"].Value)
                    .Where(path => !files.Any(f => f.EndsWith("/" + path.TrimStart('/'), StringComparison.Ordinal)))
                    .Select(path => $"{document.TrimStart('/')} names {path}")
            )
            .Distinct()
            .ToList();

        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [GeneratedRegex(@"`(?<path>\w[\w/.-]*\.(?:cs|cshtml))`")]
    private static partial Regex Named();
}
