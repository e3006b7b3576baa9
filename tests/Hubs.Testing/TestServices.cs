namespace Hubs.Testing;

/// <summary>
/// The test services a run was given: <c>HUBS_TEST_POSTGRES</c> (a superuser connection string),
/// <c>HUBS_TEST_RABBITMQ</c> (an amqp URI) and <c>HUBS_TEST_RABBITMQ_NODE</c>/<c>_BASE</c> (for vhost creation).
/// </summary>
public sealed record TestServices(string Postgres, string RabbitMq, string RabbitNode, string RabbitBase)
{
    private static readonly string[] Names =
    [
        "HUBS_TEST_POSTGRES",
        "HUBS_TEST_RABBITMQ",
        "HUBS_TEST_RABBITMQ_NODE",
        "HUBS_TEST_RABBITMQ_BASE",
    ];

    /// <summary>
    /// The four variables read through <paramref name="variable"/>: null when none is set (throwaway services are
    /// started then); a half-named set stops the run, as it would otherwise use services nobody meant.
    /// </summary>
    public static TestServices? FromEnvironment(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var values = Names.Select(variable).ToArray();
        var missing = Names.Where((_, i) => string.IsNullOrEmpty(values[i])).ToArray();
        if (missing.Length == Names.Length)
        {
            return null;
        }

        if (missing.Length > 0)
        {
            throw new InvalidOperationException(
                $"Test services half named: {string.Join(", ", missing)} not set. Name all four or none "
                    + "(none starts throwaway services)."
            );
        }

        return new TestServices(values[0]!, values[1]!, values[2]!, values[3]!);
    }
}
