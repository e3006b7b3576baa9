using Hubs.Deploy.Tests.Support;

namespace Hubs.Deploy.Tests.Containers;

public class DockerfileTests
{
    public static TheoryData<string> Hosts => new(Dockerfile.Hosts);

    [Theory]
    [MemberData(nameof(Hosts))]
    public void Host_image_is_multi_stage_non_root_and_health_checked(string host) =>
        Assert.Empty(DockerfileRules.Violations(Dockerfile.Parse(Dockerfile.PathFor(host)), host));

    [Theory]
    [InlineData("USER $APP_UID", "", "non-root")]
    [InlineData("HEALTHCHECK", "# no health check", "HEALTHCHECK")]
    [InlineData("--configfile NuGet.Config", "", "NuGet.Config")]
    [InlineData("MALLOC_ARENA_MAX=2", "MALLOC_ARENA_MAX=8", "MALLOC_ARENA_MAX")]
    [InlineData("COPY src/ src/", "COPY packages/local/ packages/local/\nCOPY src/ src/", "repo-local package source")]
    [InlineData(
        "ENTRYPOINT [\"dotnet\", \"Hubs.Web.dll\"]",
        "ENTRYPOINT [\"dotnet\", \"Hubs.Insights.dll\"]",
        "entry point"
    )]
    public void A_broken_image_is_caught(string remove, string replacement, string expected)
    {
        var text = File.ReadAllText(Dockerfile.PathFor("Web"));
        Assert.Contains(remove, text, StringComparison.Ordinal);
        var broken = Dockerfile.FromText("broken", text.Replace(remove, replacement, StringComparison.Ordinal));
        Assert.Contains(DockerfileRules.Violations(broken, "Web"), v => v.Contains(expected, StringComparison.Ordinal));
    }

    /// <summary>
    /// Each Dockerfile has its own ignore file (Docker reads &lt;name&gt;.dockerignore next to it), an
    /// allow-list that keeps local databases, .env files and build output out of the context.
    /// </summary>
    [Theory]
    [MemberData(nameof(Hosts))]
    public void Build_context_is_an_allow_list(string host)
    {
        var lines = File.ReadAllLines(Dockerfile.PathFor(host) + ".dockerignore")
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
        Assert.Equal("*", lines[0]);
        Assert.Contains("**/bin/", lines);
        Assert.Contains("**/obj/", lines);
        Assert.DoesNotContain(lines, l =>
            l.StartsWith("!.hubs", StringComparison.Ordinal) || l.StartsWith("!tests", StringComparison.Ordinal)
        );

        var copied = Dockerfile
            .Parse(Dockerfile.PathFor(host))
            .All("COPY")
            .Where(c => !c.StartsWith("--from", StringComparison.Ordinal))
            .SelectMany(c => c.Split(' ')[..^1])
            .Where(source => !source.StartsWith("--", StringComparison.Ordinal));
        foreach (var source in copied)
        {
            Assert.True(
                File.Exists(Repo.Path(source)) || Directory.Exists(Repo.Path(source)),
                $"COPY source {source} does not exist"
            );
            Assert.Contains(lines, l =>
                l.StartsWith('!') && source.TrimEnd('/').StartsWith(l[1..].TrimEnd('/'), StringComparison.Ordinal)
            );
        }
    }
}
