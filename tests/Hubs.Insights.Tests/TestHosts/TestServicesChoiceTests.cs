using Hubs.Testing;

namespace Hubs.Insights.Tests.TestHosts;

/// <summary>
/// The test services are named by four variables, all or none. With none, a run starts throwaway services; with only
/// some (a benchmark pointed at another PostgreSQL by <c>HUBS_TEST_POSTGRES</c> alone), it used to start throwaway
/// ones silently and put a million journeys in a cluster nobody had asked for. It now stops and names the missing.
/// </summary>
public sealed class TestServicesChoiceTests
{
    private static readonly Dictionary<string, string> All = new()
    {
        ["HUBS_TEST_POSTGRES"] = "Host=127.0.0.1;Port=54900;Username=postgres",
        ["HUBS_TEST_RABBITMQ"] = "amqp://guest:guest@127.0.0.1:55672/",
        ["HUBS_TEST_RABBITMQ_NODE"] = "hubs-shared@localhost",
        ["HUBS_TEST_RABBITMQ_BASE"] = "/tmp/hubs-shared/rabbitmq",
    };

    [Fact]
    public void All_four_named_are_used_as_given()
    {
        var chosen = TestServices.FromEnvironment(All.GetValueOrDefault);

        Assert.NotNull(chosen);
        Assert.Equal(All["HUBS_TEST_POSTGRES"], chosen.Postgres);
        Assert.Equal(All["HUBS_TEST_RABBITMQ"], chosen.RabbitMq);
        Assert.Equal(All["HUBS_TEST_RABBITMQ_NODE"], chosen.RabbitNode);
        Assert.Equal(All["HUBS_TEST_RABBITMQ_BASE"], chosen.RabbitBase);
    }

    [Fact]
    public void None_named_means_throwaway_services()
    {
        Assert.Null(TestServices.FromEnvironment(_ => null));
    }

    [Fact]
    public void Some_named_stops_the_run_and_names_the_missing()
    {
        var only = new Dictionary<string, string> { ["HUBS_TEST_POSTGRES"] = All["HUBS_TEST_POSTGRES"] };

        var error = Assert.Throws<InvalidOperationException>(() =>
            TestServices.FromEnvironment(only.GetValueOrDefault)
        );

        Assert.Contains(
            "HUBS_TEST_RABBITMQ, HUBS_TEST_RABBITMQ_NODE, HUBS_TEST_RABBITMQ_BASE",
            error.Message,
            StringComparison.Ordinal
        );
        Assert.Contains("all four or none", error.Message, StringComparison.Ordinal);
    }
}
