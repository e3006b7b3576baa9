namespace Hubs.Deploy.Tests.Containers;

/// <summary>What every host image must be; each rule names the break it finds.</summary>
internal static class DockerfileRules
{
    public static IEnumerable<string> Violations(Dockerfile file, string host)
    {
        var from = file.All("FROM").ToList();
        if (
            from.Count < 2
            || !from[0].StartsWith("mcr.microsoft.com/dotnet/sdk:10.0", StringComparison.Ordinal)
            || !from[^1].StartsWith("mcr.microsoft.com/dotnet/aspnet:10.0", StringComparison.Ordinal)
        )
        {
            yield return "not multi-stage from dotnet/sdk:10.0 to dotnet/aspnet:10.0";
        }

        var run = string.Join('\n', file.All("RUN"));
        if (!run.Contains("--configfile NuGet.Config", StringComparison.Ordinal))
        {
            yield return "restore does not use the repository's NuGet.Config";
        }

        if (file.All("COPY").Any(c => c.StartsWith("packages/", StringComparison.Ordinal)))
        {
            yield return "a repo-local package source is copied (every package comes from nuget.org)";
        }

        var final = file.FinalStage().ToList();
        var user = final.Where(i => i.Keyword == "USER").Select(i => i.Arguments).LastOrDefault();
        if (user is null or "root" or "0" || user.StartsWith("0:", StringComparison.Ordinal))
        {
            yield return "the runtime stage does not switch to a non-root user";
        }

        if (
            !final.Any(i =>
                i.Keyword == "HEALTHCHECK" && i.Arguments.Contains("/health/live", StringComparison.Ordinal)
            )
        )
        {
            yield return "no HEALTHCHECK against /health/live";
        }

        if (
            !final.Any(i =>
                i.Keyword == "ENV" && i.Arguments.Contains("ASPNETCORE_URLS=http://+:8080", StringComparison.Ordinal)
            )
        )
        {
            yield return "ASPNETCORE_URLS is not http://+:8080";
        }

        if (
            !final.Any(i =>
                i.Keyword == "ENTRYPOINT" && i.Arguments.Contains($"\"Hubs.{host}.dll\"", StringComparison.Ordinal)
            )
        )
        {
            yield return $"the entry point does not run Hubs.{host}.dll";
        }

        // Two malloc arenas, not eight a core: about 8 MB less resident memory a host (benchmarks/SCALE.md, memory).
        if (!final.Any(i => i.Keyword == "ENV" && i.Arguments.Contains("MALLOC_ARENA_MAX=2", StringComparison.Ordinal)))
        {
            yield return "MALLOC_ARENA_MAX is not 2";
        }

        if (final.Any(i => i.Keyword == "VOLUME"))
        {
            yield return "declares a VOLUME (only /tmp is writable, provided at run time)";
        }
    }
}
