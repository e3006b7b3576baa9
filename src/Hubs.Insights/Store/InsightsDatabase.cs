using Npgsql;

namespace Hubs.Insights.Store;

/// <summary>
/// The Insights database as the host reaches it: everything on its one server, or, when the connection string names
/// a primary and hot standbys (<c>Host=a,b;Target Session Attributes=…</c> is then ignored), consumers' writes on
/// the primary and the tables' journey facts read from a standby while one answers (deploy/SCALING.md).
/// </summary>
internal sealed class InsightsDatabase(NpgsqlDataSource dataSource) : IDisposable
{
    public NpgsqlDataSource Primary { get; } =
        dataSource is NpgsqlMultiHostDataSource hosts
            ? hosts.WithTargetSession(TargetSessionAttributes.Primary)
            : dataSource;

    public NpgsqlDataSource Reads { get; } =
        dataSource is NpgsqlMultiHostDataSource hosts
            ? hosts.WithTargetSession(TargetSessionAttributes.PreferStandby)
            : dataSource;

    public void Dispose() => dataSource.Dispose();
}
