using System.Diagnostics;
using System.Text.RegularExpressions;
using Hubs.Deploy.Tests.Support;

namespace Hubs.Deploy.Tests.Ops;

/// <summary>
/// Every program the tests call from /usr/bin (Chromium for the browser walks, poppler's pdftoppm and pdftotext for
/// the report's sheets, strace to hold RabbitMQ's pid-file write) is installed by <c>ops/hubs test</c> (and so by
/// <c>.ci/run</c>) on a fresh Debian machine; the running hosts call none, so <c>ops/hubs run</c> needs none of them.
/// </summary>
public partial class TestToolsInstalledTests
{
    /// <summary>The Debian package of each program; a program not listed here fails the test until it is.</summary>
    private static readonly Dictionary<string, string> Packages = new(StringComparer.Ordinal)
    {
        ["chromium"] = "chromium",
        ["pdftoppm"] = "poppler-utils",
        ["pdftotext"] = "poppler-utils",
        ["strace"] = "strace",
        ["fc-match"] = "fontconfig",
    };

    [Fact]
    public void Ops_hubs_test_installs_the_package_of_every_program_the_tests_call()
    {
        var installed = Installed(File.ReadAllText(Repo.Path("ops", "lib", "cmd-test.sh")));
        var called = Called(Repo.Files(Repo.Path("tests"), "*.cs"));

        Assert.Superset(new HashSet<string>(["chromium", "pdftoppm", "pdftotext"]), called);
        foreach (var program in called)
        {
            Assert.True(Packages.TryGetValue(program, out var package), $"Which Debian package has {program}?");
            Assert.Contains(package, installed);
        }
    }

    /// <summary>
    /// The pages name Arial; where no font has its widths Chromium draws them in DejaVu Sans, whose wider type took the
    /// printed report's tables past the sheet's edge (seen on a machine without fonts-liberation).
    /// </summary>
    [Fact]
    public async Task The_browser_finds_a_font_with_arials_widths()
    {
        Assert.Contains("fonts-liberation", Installed(File.ReadAllText(Repo.Path("ops", "lib", "cmd-test.sh"))));
        using var match = Process.Start(
            new ProcessStartInfo("/usr/bin/fc-match", ["-f", "%{family}", "Arial"]) { RedirectStandardOutput = true }
        )!;
        var family = await match.StandardOutput.ReadToEndAsync();
        await match.WaitForExitAsync();

        Assert.True(family.Contains("Liberation Sans") || family.Contains("Arial"), $"Arial is drawn as {family}");
    }

    [Fact]
    public void The_hosts_call_no_installed_program()
    {
        Assert.Empty(Called(Repo.Files(Repo.Path("src"), "*.cs")));
    }

    private static HashSet<string> Called(IEnumerable<string> files) =>
        [.. files.SelectMany(f => UsrBin().Matches(File.ReadAllText(f)).Select(m => m.Groups["program"].Value))];

    private static HashSet<string> Installed(string script) =>
        [
            .. AptEnsure()
                .Matches(script)
                .SelectMany(m => m.Groups["packages"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
        ];

    [GeneratedRegex("\"/usr/bin/(?<program>[a-z0-9-]+)\"")]
    private static partial Regex UsrBin();

    [GeneratedRegex(@"^\s*apt_ensure (?<packages>[^\n]+)$", RegexOptions.Multiline)]
    private static partial Regex AptEnsure();
}
