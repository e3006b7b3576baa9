using System.Text.RegularExpressions;
using Hubs.Deploy.Tests.Support;

namespace Hubs.Deploy.Tests.Runbooks;

/// <summary>
/// The runbooks are listed, link to each other correctly, and never pass off a planned command as real.
/// </summary>
public partial class RunbookTests
{
    private static readonly string Folder = Repo.Path("ops", "runbooks");

    /// <summary>Commands issue 7 asks for; each counts as planned until ops/lib/cmd-&lt;name&gt;.sh exists.</summary>
    private static readonly string[] Planned =
    [
        "backup",
        "restore",
        "rebuild",
        "rotate-keys",
        "erase-keyworker",
        "retention",
    ];

    public static TheoryData<string> Runbooks => new(RunbookFiles());

    [Fact]
    public void The_index_lists_every_runbook() =>
        Assert.Equal(
            RunbookFiles().Order(StringComparer.Ordinal),
            MarkdownLink()
                .Matches(File.ReadAllText(Path.Combine(Folder, "README.md")))
                .Select(m => m.Groups[1].Value)
                .Distinct()
                .Order(StringComparer.Ordinal)
        );

    [Theory]
    [MemberData(nameof(Runbooks))]
    public void Links_to_other_runbooks_resolve(string runbook)
    {
        var text = File.ReadAllText(Path.Combine(Folder, runbook));
        Assert.StartsWith("# ", text, StringComparison.Ordinal);
        foreach (var linked in RunbookName().Matches(text).Select(m => m.Value).Distinct())
        {
            Assert.True(
                File.Exists(Path.Combine(Folder, linked)),
                $"{runbook} refers to {linked}, which does not exist"
            );
        }
    }

    [Theory]
    [MemberData(nameof(Runbooks))]
    public void A_command_that_does_not_exist_yet_is_marked_planned(string runbook)
    {
        // A paragraph, list item or table row that names a planned command must say "planned" itself.
        var blocks = Block().Split(File.ReadAllText(Path.Combine(Folder, runbook)));
        foreach (var block in blocks)
        {
            foreach (var command in OpsCommand().Matches(block).Select(m => m.Groups[1].Value))
            {
                if (Planned.Contains(command) && !File.Exists(Repo.Path("ops", "lib", $"cmd-{command}.sh")))
                {
                    Assert.True(
                        block.Contains("planned", StringComparison.OrdinalIgnoreCase),
                        $"{runbook}: `ops/hubs {command}` is not marked planned in: {block}"
                    );
                }
            }
        }
    }

    private static List<string> RunbookFiles() =>
        Directory
            .EnumerateFiles(Folder, "*.md")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(f => f != "README.md")
            .ToList();

    [GeneratedRegex(@"\]\(([\w-]+\.md)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"(?<![/\w-])[\w-]+-[\w-]+\.md\b")]
    private static partial Regex RunbookName();

    [GeneratedRegex(@"\n\s*\n|\n(?=\s*(?:[-*|]|\d+\.)\s)")]
    private static partial Regex Block();

    [GeneratedRegex(@"ops/hubs ([a-z-]+)")]
    private static partial Regex OpsCommand();
}
