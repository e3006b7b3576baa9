using System.Globalization;
using System.Text.Json;
using Hubs.Testing;

namespace Hubs.Architecture.Tests.Projects;

/// <summary>
/// Each host's memory settings are in its own <c>runtimeconfig.json</c> (from src/HostRuntime.props), the file
/// <c>dotnet publish</c> puts in the image, so production runs with what benchmarks/SCALE.md measured, not only the
/// benchmark: one workstation heap, no instrumented JIT tier, a young generation of at most 6 MB.
/// </summary>
public sealed class HostRuntimeConfigTests
{
    public static TheoryData<string> Hosts => new() { "Hubs.Web", "Hubs.Insights", "Hubs.Identity" };

    [Theory]
    [MemberData(nameof(Hosts))]
    public void Each_host_runs_one_workstation_heap_without_the_instrumented_tier(string host)
    {
        var settings = ConfigProperties(host);

        Assert.False(settings.GetProperty("System.GC.Server").GetBoolean());
        Assert.False(settings.GetProperty("System.Runtime.TieredPGO").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public void Each_host_caps_its_young_generation_at_6_MB(string host)
    {
        var budget = ConfigProperties(host).GetProperty("System.GC.Gen0MaxBudget");
        var bytes =
            budget.ValueKind == JsonValueKind.Number
                ? budget.GetInt64()
                : long.Parse(budget.GetString()!, CultureInfo.InvariantCulture);

        Assert.InRange(bytes, 1, 6 * 1024 * 1024);
    }

    private static JsonElement ConfigProperties(string host)
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var file = RepositoryRoot.Combine(
            "src",
            host,
            "bin",
            output.Parent!.Name,
            output.Name,
            host + ".runtimeconfig.json"
        );
        using var config = JsonDocument.Parse(File.ReadAllText(file));
        return config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }
}
