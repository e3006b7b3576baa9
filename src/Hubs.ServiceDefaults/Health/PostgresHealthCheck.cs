using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Hubs.ServiceDefaults.Health;

/// <summary>Ready when a round trip to the host's own PostgreSQL database succeeds.</summary>
public sealed class PostgresHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default
    )
    {
        try
        {
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (NpgsqlException)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL unreachable");
        }
    }
}
