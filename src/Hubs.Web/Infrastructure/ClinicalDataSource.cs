using Npgsql;

namespace Hubs.Web.Infrastructure;

/// <summary>
/// The clinical database's connection pool. Statements run often (Marten's appends and upserts, the rate limit, the
/// keys) are prepared on each connection after a few uses, so PostgreSQL parses and plans them once, plans of Marten's
/// PL/pgSQL append function included (without it PostgreSQL re-planned every statement of every write). A connection
/// goes back to the pool without Npgsql's reset: seven statements (<c>SET SESSION AUTHORIZATION DEFAULT</c>,
/// <c>RESET ALL</c>, <c>CLOSE ALL</c>, <c>UNLISTEN *</c>, <c>pg_advisory_unlock_all()</c>, <c>DISCARD SEQUENCES</c>,
/// <c>DISCARD TEMP</c>) on every return, about half of what PostgreSQL ran for a write (benchmarks/SCALE.md). Npgsql
/// still rolls back a transaction left open. The host's SQL leaves no session state to reset: settings only with
/// <c>SET LOCAL</c>, no temporary tables or listens, session advisory locks unlocked where taken (the daemon's by
/// Marten); <c>ClinicalSessionStateTests</c> guards it. Should a lock ever leak on a failure path, a connection lives
/// at most <see cref="LifetimeSeconds"/>, so it is released within that. A connection string that sets
/// <c>Max Auto Prepare</c> or <c>Connection Lifetime</c> keeps its own value.
/// </summary>
internal static class ClinicalDataSource
{
    private const int PreparedPerConnection = 100;
    private const int LifetimeSeconds = 600;

    public static NpgsqlDataSource Create(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        var settings = builder.ConnectionStringBuilder;
        if (settings.MaxAutoPrepare == 0)
        {
            settings.MaxAutoPrepare = PreparedPerConnection;
        }

        if (settings.ConnectionLifetime == 0)
        {
            settings.ConnectionLifetime = LifetimeSeconds;
        }

        settings.NoResetOnClose = true;
        return builder.Build();
    }
}
