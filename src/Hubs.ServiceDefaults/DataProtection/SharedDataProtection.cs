using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hubs.ServiceDefaults.DataProtection;

public static class SharedDataProtection
{
    /// <summary>
    /// Data Protection keys shared by every replica of one host, in <paramref name="schema"/> of the
    /// host's own database (the registered <see cref="NpgsqlDataSource"/>). The table is made by the
    /// host's migrate command, or on first use when <paramref name="autoCreate"/> (development, tests).
    /// </summary>
    public static IServiceCollection AddSharedDataProtection(
        this IServiceCollection services,
        string applicationName,
        string schema,
        bool autoCreate
    )
    {
        services.AddDataProtection().SetApplicationName(applicationName);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(
            provider => new ConfigureOptions<KeyManagementOptions>(options =>
                options.XmlRepository = new PostgresKeyRing(
                    provider.GetRequiredService<NpgsqlDataSource>(),
                    schema,
                    autoCreate
                )
            )
        );
        return services;
    }

    /// <summary>The key table, in the host's schema (made beforehand by ops/sql/schemas.sql).</summary>
    public static async Task EnsureTableAsync(
        NpgsqlDataSource dataSource,
        string schema,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var command = dataSource.CreateCommand(
            $"""
            CREATE TABLE IF NOT EXISTS {schema}.data_protection_keys (
                id bigserial PRIMARY KEY,
                friendly_name text NOT NULL,
                xml text NOT NULL
            );
            """
        );
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
