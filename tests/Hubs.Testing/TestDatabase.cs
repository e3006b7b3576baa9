using Npgsql;

namespace Hubs.Testing;

/// <summary>
/// A fresh database for one test class, laid out as in production (ops/sql/schemas.sql): schemas
/// clinical, insights and identity, each reachable only by its own host's role.
/// </summary>
public sealed class TestDatabase
{
    private TestDatabase(TestInfrastructure infrastructure, string name)
    {
        Infrastructure = infrastructure;
        Name = name;
    }

    public TestInfrastructure Infrastructure { get; }

    public string Name { get; }

    public string Clinical => For("hubs_clinical");

    public string Insights => For("hubs_insights");

    public string Identity => For("hubs_identity");

    public string Admin =>
        new NpgsqlConnectionStringBuilder(Infrastructure.PostgresAdmin) { Database = Name }.ConnectionString;

    public static async Task<TestDatabase> CreateAsync()
    {
        var infrastructure = await TestInfrastructure.GetAsync();
        var name = "hubs_t_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(infrastructure.PostgresAdmin))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        await Psql.RunFileAsync(
            infrastructure.PostgresAdmin,
            name,
            RepositoryRoot.Combine("ops", "sql", "schemas.sql"),
            new Dictionary<string, string> { ["dbname"] = name }
        );
        return new TestDatabase(infrastructure, name);
    }

    /// <summary>A database an earlier run created and left (a benchmark reusing its seeded data set).</summary>
    public static async Task<TestDatabase> ExistingAsync(string name) => new(await TestInfrastructure.GetAsync(), name);

    /// <summary>A single number from the database, read as the superuser (what an operator would check).</summary>
    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private string For(string role) =>
        new NpgsqlConnectionStringBuilder(Infrastructure.PostgresAdmin)
        {
            Database = Name,
            Username = role,
            Password = TestInfrastructure.RolePassword,
        }.ConnectionString;
}
