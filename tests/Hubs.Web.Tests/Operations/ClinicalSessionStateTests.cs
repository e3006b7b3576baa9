using System.Text.RegularExpressions;
using Hubs.Testing;

namespace Hubs.Web.Tests.Operations;

/// <summary>
/// The clinical pool hands a connection to the next request as the last one left it (no reset on return:
/// Infrastructure/ClinicalDataSource.cs), so the Web host's SQL must leave no session state: settings only with
/// <c>SET LOCAL</c> (the transaction's), no temporary tables, no LISTEN, and a session advisory lock only where the
/// same file unlocks it. Marten's own session locks (the daemon's leader) are released by Marten.
/// </summary>
public sealed partial class ClinicalSessionStateTests
{
    [Fact]
    public void The_web_hosts_sql_leaves_no_session_state_on_a_pooled_connection()
    {
        var offenders = new List<string>();
        foreach (
            var file in Directory.EnumerateFiles(
                RepositoryRoot.Combine("src", "Hubs.Web"),
                "*.cs",
                SearchOption.AllDirectories
            )
        )
        {
            var text = File.ReadAllText(file);
            var name = Path.GetRelativePath(RepositoryRoot.Path, file);
            offenders.AddRange(SessionSet().Matches(text).Select(m => $"{name}: {m.Value}"));
            offenders.AddRange(TemporaryOrListen().Matches(text).Select(m => $"{name}: {m.Value}"));
            if (SessionLock().IsMatch(text) && !text.Contains("pg_advisory_unlock(", StringComparison.Ordinal))
            {
                offenders.Add($"{name}: a session advisory lock without its unlock");
            }
        }

        Assert.Empty(offenders);
    }

    [GeneratedRegex("\"\\s*(SET|set)\\s+(?!(LOCAL|local)\\b)\\w+")]
    private static partial Regex SessionSet();

    [GeneratedRegex(
        "\\b(TEMP|TEMPORARY|temp|temporary)\\s+(TABLE|table)\\b"
            + "|\"\\s*(LISTEN|listen)\\s|set_config\\([^)]*false\\s*\\)"
    )]
    private static partial Regex TemporaryOrListen();

    [GeneratedRegex("pg_(try_)?advisory_lock(_shared)?\\(", RegexOptions.IgnoreCase)]
    private static partial Regex SessionLock();
}
