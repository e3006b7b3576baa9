using Hubs.Testing;
using Npgsql;

namespace Hubs.Web.Tests.Privacy;

/// <summary>The whole clinical database as <c>pg_dump</c> writes it: what a stolen backup would show.</summary>
public static class DatabaseDump
{
    public static async Task<string> OfAsync(WebHostFixture web)
    {
        ArgumentNullException.ThrowIfNull(web);
        var admin = new NpgsqlConnectionStringBuilder(web.Database.Admin);
        var environment = admin.Password is null
            ? null
            : new Dictionary<string, string> { ["PGPASSWORD"] = admin.Password };
        return await Shell.RunAsync(
            "/usr/lib/postgresql/15/bin/pg_dump",
            [
                "-h",
                admin.Host ?? "127.0.0.1",
                "-p",
                admin.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "-U",
                admin.Username ?? "postgres",
                "-d",
                web.Database.Name,
            ],
            environment
        );
    }
}
