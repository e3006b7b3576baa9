using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Hubs.Deploy.Tests.Support;

namespace Hubs.Deploy.Tests.Containers;

/// <summary>The images' curl-free HEALTHCHECK script, run against a tiny server on loopback.</summary>
public sealed class HealthCheckScriptTests : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();

    public HealthCheckScriptTests()
    {
        _listener.Start();
        _ = ServeAsync(_stop.Token);
    }

    private int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    [Theory]
    [InlineData("/health/live", 0)]
    [InlineData("/health/ready", 1)]
    public async Task Healthy_only_on_200(string path, int expectedExit) =>
        Assert.Equal(expectedExit, await RunScriptAsync(Port, path));

    [Fact]
    public async Task Unhealthy_when_nothing_listens()
    {
        var port = Port;
        _listener.Stop();
        Assert.NotEqual(0, await RunScriptAsync(port, "/health/live"));
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private static async Task<int> RunScriptAsync(int port, string path)
    {
        var start = new ProcessStartInfo("bash", [Repo.Path("deploy", "containers", "healthcheck.sh"), path])
        {
            RedirectStandardError = true,
            Environment = { ["HEALTHCHECK_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        using var process = Process.Start(start)!;
        await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    /// <summary>Answers 200 on /health/live and 503 on anything else.</summary>
    private async Task ServeAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(stop);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            using (client)
            {
                var stream = client.GetStream();
                var buffer = new byte[1024];
                var read = await stream.ReadAsync(buffer, stop);
                var requestLine = Encoding.ASCII.GetString(buffer, 0, read).Split("\r\n")[0];
                var status = requestLine.StartsWith("GET /health/live ", StringComparison.Ordinal)
                    ? "200 OK"
                    : "503 Service Unavailable";
                await stream.WriteAsync(
                    Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"),
                    stop
                );
            }
        }
    }
}
