namespace Hubs.Testing;

/// <summary>
/// The real PostgreSQL and RabbitMQ of this test run. <c>ops/hubs test</c> starts one of each and
/// passes them in (<c>HUBS_TEST_POSTGRES</c>, a superuser connection string; <c>HUBS_TEST_RABBITMQ</c>,
/// an amqp URI; <c>HUBS_TEST_RABBITMQ_NODE</c>/<c>_BASE</c> for vhost creation). Run without them
/// (plain <c>dotnet test</c>), it starts throwaway ones with the same ops scripts and stops them at exit; with only
/// some of them, it stops (<see cref="TestServices"/>).
/// </summary>
public sealed class TestInfrastructure
{
    public const string RolePassword = "hubs-test-only";
    private static readonly Lazy<Task<TestInfrastructure>> Shared = new(StartAsync);

    private TestInfrastructure(string postgresAdmin, Uri rabbitMq, string rabbitNode, string rabbitBase)
    {
        PostgresAdmin = postgresAdmin;
        RabbitMq = rabbitMq;
        RabbitNode = rabbitNode;
        RabbitBase = rabbitBase;
    }

    /// <summary>Superuser connection string (no database named).</summary>
    public string PostgresAdmin { get; }

    /// <summary>amqp://user:pass@host:port/ (the default vhost).</summary>
    public Uri RabbitMq { get; }

    public string RabbitNode { get; }

    public string RabbitBase { get; }

    public static Task<TestInfrastructure> GetAsync() => Shared.Value;

    private static async Task<TestInfrastructure> StartAsync()
    {
        var given = TestServices.FromEnvironment(Environment.GetEnvironmentVariable);
        var (postgres, rabbit, node, rabbitBase) = given is null
            ? await StartThrowawayAsync()
            : (given.Postgres, given.RabbitMq, given.RabbitNode, given.RabbitBase);

        var infrastructure = new TestInfrastructure(postgres, new Uri(rabbit), node, rabbitBase);
        await Psql.RunFileAsync(
            postgres,
            "postgres",
            RepositoryRoot.Combine("ops", "sql", "roles.sql"),
            new Dictionary<string, string>
            {
                ["clinical_password"] = RolePassword,
                ["insights_password"] = RolePassword,
                ["identity_password"] = RolePassword,
            }
        );
        return infrastructure;
    }

    private static async Task<(string, string, string, string)> StartThrowawayAsync()
    {
        var root = Directory.CreateTempSubdirectory("hubs-test-").FullName;
        var pgDir = Path.Combine(root, "postgres");
        var rabbitDir = Path.Combine(root, "rabbitmq");
        var pgPort = FreePort.Next();
        var amqpPort = FreePort.Next();
        var node = $"hubs-test-{amqpPort}@localhost";
        await Shell.OpsAsync(
            "postgres.sh",
            "start",
            pgDir,
            pgPort.ToString(System.Globalization.CultureInfo.InvariantCulture)
        );
        await Shell.OpsAsync(
            "rabbitmq.sh",
            "start",
            rabbitDir,
            amqpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            node
        );
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Shell
                .OpsAsync(
                    "rabbitmq.sh",
                    "stop",
                    rabbitDir,
                    amqpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    node
                )
                .GetAwaiter()
                .GetResult();
            Shell
                .OpsAsync(
                    "postgres.sh",
                    "stop",
                    pgDir,
                    pgPort.ToString(System.Globalization.CultureInfo.InvariantCulture)
                )
                .GetAwaiter()
                .GetResult();
        };
        return (
            $"Host=127.0.0.1;Port={pgPort};Username=postgres",
            $"amqp://guest:guest@127.0.0.1:{amqpPort}/",
            node,
            rabbitDir
        );
    }
}
