using Hubs.Testing;

namespace Hubs.Benchmarks.Scale;

/// <summary>The benchmark's settings: the operator's environment for Web's commands, and the Hub directory.</summary>
internal static class ScaleSettings
{
    public static Dictionary<string, string> Command(
        TestDatabase database,
        TestVirtualHost vhost,
        IReadOnlyList<string> hubIds,
        BenchmarkKeys keys
    )
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Clinical"] = database.Clinical,
            ["RabbitMq__Uri"] = vhost.Uri.ToString(),
            ["Pseudonymisation__Key"] = keys.Pseudonymisation,
            ["DataKeys__MasterKey"] = keys.DataMasterKey,
            ["Oidc__Authority"] = Hubs.Testing.Auth.TestIssuer.Shared.Authority.ToString(),
        };
        foreach (var (key, value) in Directory(hubIds, "__"))
        {
            environment[key] = value;
        }

        return environment;
    }

    /// <summary>The runtime settings <c>ops/hubs seed-scale</c> seeds with (see cmd-seed-scale.sh).</summary>
    public static Dictionary<string, string> Seeding(IReadOnlyDictionary<string, string> command) =>
        new(command) { ["DOTNET_TieredPGO"] = "0", ["DOTNET_gcServer"] = "0" };

    /// <summary>
    /// Hubs:Directory entries for every seeded Hub, with <paramref name="separator"/> between the parts.
    /// </summary>
    public static IEnumerable<(string Key, string Value)> Directory(IReadOnlyList<string> hubIds, string separator) =>
        hubIds.SelectMany(
            (id, i) =>
                new[]
                {
                    ($"Hubs{separator}Directory{separator}{i}{separator}Id", id),
                    ($"Hubs{separator}Directory{separator}{i}{separator}Name", $"Synthetic Hub {i + 1}"),
                }
        );
}
