namespace Hubs.Deploy.Tests.Ops;

/// <summary>
/// The look-alike Patched.DistributedLock.Postgres that the repository once packed under the real id and version
/// may still sit in a machine's NuGet global packages folder; every build ops/hubs runs removes it first, and
/// leaves the real package alone.
/// </summary>
public class NugetLookalikeTests
{
    private const string RealHash =
        "dCk328m177iENwX1TpUhoYapIAncPwYbeahz8YPb3IXMalteLl6p2w+cSmhDMptlu9zesjUGBYLmHi4Mu3X5fw==";

    [Theory]
    [InlineData("69XNMenL9GJvlDYqX4lH/3j5g54TasqjLZ76OMoNHPiA16mdXKslBHjmHMF8cGr9xUWMmOmDG0JH8y/nUNDZfw==", false)]
    [InlineData(RealHash, true)]
    public void Only_the_real_package_survives(string contentHash, bool kept)
    {
        var packages = Directory.CreateTempSubdirectory("hubs-nuget-").FullName;
        var package = Path.Combine(packages, "patched.distributedlock.postgres", "1.3.3");
        Directory.CreateDirectory(package);
        File.WriteAllText(
            Path.Combine(package, ".nupkg.metadata"),
            $$"""{ "version": 2, "contentHash": "{{contentHash}}" }"""
        );

        var run = OpsHarness.Run($"NUGET_PACKAGES='{packages}' nuget_drop_lookalikes");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(kept, Directory.Exists(package));
    }

    [Fact]
    public void Both_builds_drop_lookalikes_first()
    {
        foreach (var script in new[] { "ops/lib/stack.sh", "ops/lib/cmd-test.sh" })
        {
            var text = File.ReadAllText(Path.Combine(Support.Repo.Root, script));
            var drop = text.IndexOf("nuget_drop_lookalikes", StringComparison.Ordinal);
            var build = text.IndexOf("dotnet build", StringComparison.Ordinal);
            Assert.True(drop >= 0 && drop < build, $"{script} builds before dropping look-alike packages");
        }
    }
}
