using System.Diagnostics;
using System.Globalization;
using Hubs.Testing;

namespace Hubs.EndToEnd.Tests.Resilience;

/// <summary>
/// RabbitMQ's server writes its pid file itself, in two steps: it creates the file, then writes its pid into it.
/// <c>rabbitmqctl wait</c> fails at once with garbage_in_pid_file when it reads the file between the two (a CI run
/// failed on that). Here strace holds the server's write for 5 s, so the gap is wide every time, not by chance;
/// <c>ops/lib/rabbitmq.sh start</c> still brings the node up.
/// </summary>
public sealed class SlowPidFileTests
{
    private const string Ready = "RabbitMQ ready";

    [Fact]
    public async Task A_node_that_writes_its_pid_file_late_still_starts()
    {
        var directory = Directory.CreateTempSubdirectory("hubs-slow-pid-").FullName;
        var port = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        var node = $"hubs-slow-pid-{port}@localhost";
        var pidFile = Path.Combine(directory, "rabbitmq.pid");
        const string writes = "write,writev,pwrite64,pwritev";
        using var traced = Process.Start(
            new ProcessStartInfo(
                "/usr/bin/strace",
                [
                    "-f",
                    "--seccomp-bpf",
                    "-o",
                    "/dev/null",
                    "-e",
                    "signal=none",
                    "-P",
                    pidFile,
                    "-e",
                    $"trace={writes}",
                    "-e",
                    $"inject={writes}:delay_enter=5000000",
                    "bash",
                    RepositoryRoot.Combine("ops", "lib", "rabbitmq.sh"),
                    "start",
                    directory,
                    port,
                    node,
                ]
            )
            {
                RedirectStandardError = true,
                Environment = { ["HUBS_OWNER_PID"] = Environment.ProcessId.ToString(CultureInfo.InvariantCulture) },
            }
        )!;
        try
        {
            // strace follows the server too and so outlives the script: its last line tells how the start ended.
            var output = new List<string>();
            for (var line = await traced.StandardError.ReadLineAsync(); line is not null; )
            {
                output.Add(line);
                if (line.Contains(Ready, StringComparison.Ordinal) || line.Contains("error", StringComparison.Ordinal))
                {
                    break;
                }

                line = await traced.StandardError.ReadLineAsync();
            }

            Assert.True(
                output.Exists(line => line.Contains(Ready, StringComparison.Ordinal)),
                string.Join('\n', output)
            );
        }
        finally
        {
            traced.Kill();
            await Shell.OpsAsync("rabbitmq.sh", "stop", directory, port, node);
        }
    }
}
