using Npgsql;

namespace Hubs.Web.Infrastructure;

/// <summary>
/// The clinical database's connection pool. Statements run often (Marten's appends and upserts, the rate limit, the
/// keys) are prepared on each connection after a few uses, so PostgreSQL parses and plans them once; and a connection
/// holding prepared statements goes back to the pool without <c>DISCARD ALL</c> (Npgsql resets it statement by
/// statement instead: advisory locks, listens, temporary tables), which keeps the plans of Marten's PL/pgSQL append
/// function too. Without this PostgreSQL re-planned every statement of every write (benchmarks/SCALE.md). A
/// connection string that sets <c>Max Auto Prepare</c> keeps its own value.
/// </summary>
internal static class ClinicalDataSource
{
    private const int PreparedPerConnection = 100;

    public static NpgsqlDataSource Create(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = PreparedPerConnection;
        }

        return builder.Build();
    }
}
