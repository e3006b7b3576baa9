using System.Text.RegularExpressions;
using Hubs.Deploy.Tests.Support;

namespace Hubs.Deploy.Tests.Compose;

/// <summary>The compose bootstrap job runs the real ops/sql files and sets every psql variable they use.</summary>
public partial class DatabaseBootstrapTests
{
    private static readonly string Script = File.ReadAllText(Repo.Path("deploy", "compose", "db-bootstrap.sh"));

    [Fact]
    public void Runs_the_role_and_schema_scripts_from_ops_sql()
    {
        var files = SqlFile().Matches(Script).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["roles.sql", "schemas.sql"], files);
        Assert.All(files, f => Assert.True(File.Exists(Repo.Path("ops", "sql", f)), $"ops/sql/{f} does not exist"));
    }

    [Theory]
    [InlineData("roles.sql")]
    [InlineData("schemas.sql")]
    public void Sets_every_variable_the_script_uses(string file)
    {
        var used = PsqlVariable()
            .Matches(File.ReadAllText(Repo.Path("ops", "sql", file)))
            .Select(m => m.Groups[1].Value)
            .Distinct();
        // The psql command that runs this file: from its "psql" to the next one.
        var start = Script.LastIndexOf(
            "psql",
            Script.IndexOf($"/sql/{file}", StringComparison.Ordinal),
            StringComparison.Ordinal
        );
        var command = Script[start..].Split("\npsql")[0];
        Assert.All(used, variable => Assert.Contains($"-v {variable}=", command, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"-f /sql/([\w-]+\.sql)")]
    private static partial Regex SqlFile();

    /// <summary>psql interpolation: :'name' (literal) or :"name" (identifier).</summary>
    [GeneratedRegex(@":['""](\w+)['""]")]
    private static partial Regex PsqlVariable();
}
