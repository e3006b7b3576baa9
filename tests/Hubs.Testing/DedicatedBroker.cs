using System.Globalization;

namespace Hubs.Testing;

/// <summary>
/// A RabbitMQ node for one test alone, for tests that crash it (<c>kill -9</c>) and start it again
/// without disturbing the shared node other test classes use.
/// </summary>
public sealed class DedicatedBroker : IAsyncDisposable
{
    private readonly string _directory;
    private readonly string _port;
    private readonly string _node;

    private DedicatedBroker(string directory, int port)
    {
        _directory = directory;
        _port = port.ToString(CultureInfo.InvariantCulture);
        _node = $"hubs-crash-{port}@localhost";
        Uri = new Uri($"amqp://guest:guest@127.0.0.1:{port}/");
    }

    public Uri Uri { get; }

    public static async Task<DedicatedBroker> StartAsync()
    {
        var broker = new DedicatedBroker(Directory.CreateTempSubdirectory("hubs-broker-").FullName, FreePort.Next());
        await broker.StartAgainAsync();
        return broker;
    }

    /// <summary>Starts the node (again, after a crash: the stale pid file is the script's to handle).</summary>
    public Task StartAgainAsync() => Shell.OpsAsync("rabbitmq.sh", "start", _directory, _port, _node);

    /// <summary>Kills the node's Erlang VM with SIGKILL: no clean shutdown, unconfirmed work in flight.</summary>
    public async Task KillAsync()
    {
        var pid = (await File.ReadAllTextAsync(Path.Combine(_directory, "rabbitmq.pid"))).Trim();
        await Shell.RunAsync("kill", ["-9", pid]);
        await Poll.UntilAsync(() => IsGone(pid), "the broker process is gone");
    }

    private static bool IsGone(string pid)
    {
        var stat = $"/proc/{pid}/stat";
        return !File.Exists(stat) || File.ReadAllText(stat).Split(' ')[2] == "Z";
    }

    public async ValueTask DisposeAsync() => await Shell.OpsAsync("rabbitmq.sh", "stop", _directory, _port, _node);
}
