using Hubs.Deploy.Tests.Support;

namespace Hubs.Deploy.Tests.Compose;

/// <summary>
/// compose.yaml cannot run on the build machines (no container engine), so it is checked here: every
/// service, port, volume and variable it references exists, and Insights is never given clinical settings.
/// BrokenComposeTests runs each rule on a broken copy, to prove it can fail.
/// </summary>
public class ComposeTests
{
    private static readonly string EnvExample = Repo.Path("deploy", "compose", ".env.example");

    [Fact]
    public void Runs_the_whole_system()
    {
        var services = ComposeFile.Load().Services;
        Assert.Equal(
            ["Identity", "Insights", "Web"],
            services.Values.Where(s => !ComposeFile.IsOneShot(s)).Select(ComposeFile.HostOf).OfType<string>().Order()
        );
        Assert.Contains(services.Values, s => s.Str("image") == "postgres:15");
        Assert.Contains(services.Values, s =>
            s.Str("image")?.StartsWith("rabbitmq:", StringComparison.Ordinal) == true
        );
        foreach (var host in new[] { "web", "insights", "identity" })
        {
            Assert.Contains(services.Values, s =>
                ComposeFile.IsOneShot(s)
                && s.Str("image")?.StartsWith($"hubs/{host}:", StringComparison.Ordinal) == true
                && s.Seq("command").SequenceEqual(["migrate"])
            );
        }
    }

    [Fact]
    public void Dockerfiles_and_volumes_exist() => Assert.Empty(ComposeRules.BuildsAndVolumes(ComposeFile.Load()));

    [Fact]
    public void Dependencies_exist_and_long_running_services_are_health_checked() =>
        Assert.Empty(ComposeRules.DependenciesAndHealth(ComposeFile.Load()));

    [Fact]
    public void Hosts_get_only_settings_they_read() => Assert.Empty(ComposeRules.HostEnvironment(ComposeFile.Load()));

    [Fact]
    public void Addresses_name_services_and_ports_that_exist() =>
        Assert.Empty(ComposeNetworkRules.Violations(ComposeFile.Load()));

    [Fact]
    public void Secrets_come_from_env_and_none_is_stored() =>
        Assert.Empty(
            ComposeSecretRules.Violations(
                ComposeFile.Load(),
                File.ReadAllText(ComposeFile.DefaultPath),
                ComposeSecretRules.ParseEnvFile(EnvExample)
            )
        );

    [Fact]
    public void The_env_file_is_never_committed() =>
        Assert.Contains(".env", File.ReadAllLines(Repo.Path("deploy", "compose", ".gitignore")));
}
