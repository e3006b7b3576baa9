using System.Diagnostics;
using System.Globalization;
using System.Text;
using Hubs.Testing;

namespace Hubs.Web.Tests.FreshDeployment;

/// <summary>
/// <c>ops/hubs run</c> exactly as an operator starts it, with <c>HUBS_SEED_DEMO=0</c>: its own throwaway PostgreSQL
/// and RabbitMQ, the three hosts from the Release build, on free ports and a temp state dir (as the smoke check of
/// <c>ops/hubs test</c>). Email goes to a pickup folder in that dir. Disposing stops it as Ctrl-C does.
/// </summary>
public sealed class OpsStack : IAsyncDisposable
{
    private readonly Process run;
    private readonly Dictionary<string, string> environment;
    private readonly StringBuilder output = new();

    private OpsStack(Process run, Dictionary<string, string> environment, string state)
    {
        this.run = run;
        this.environment = environment;
        State = state;
        Web = new Uri($"http://127.0.0.1:{environment["HUBS_WEB_PORT"]}/");
        Identity = new Uri($"http://127.0.0.1:{environment["HUBS_IDENTITY_PORT"]}/");
    }

    public Uri Web { get; }

    public Uri Identity { get; }

    public string State { get; }

    public string Mailbox => Path.Combine(State, "mail");

    public static async Task<OpsStack> RunAsync()
    {
        var state = Directory.CreateTempSubdirectory("hubs-fresh-").FullName;
        var environment = new Dictionary<string, string>
        {
            ["HUBS_STATE_DIR"] = state,
            ["HUBS_PG_PORT"] = Port(),
            ["HUBS_AMQP_PORT"] = Port(),
            ["HUBS_WEB_PORT"] = Port(),
            ["HUBS_IDENTITY_PORT"] = Port(),
            ["HUBS_INSIGHTS_PORT"] = Port(),
            ["HUBS_SEED_DEMO"] = "0",
            ["HUBS_SKIP_BUILD"] = "1",
            // A test run's other classes share the cores: more than an operator's 120 s for the hosts to be healthy.
            ["HUBS_UP_TIMEOUT"] = "300",
            ["HUBS_OWNER_PID"] = Environment.ProcessId.ToString(CultureInfo.InvariantCulture),
            ["Email__PickupDirectory"] = Path.Combine(state, "mail"),
        };
        environment["HUBS_RABBIT_NODE"] = $"hubs-fresh-{environment["HUBS_AMQP_PORT"]}@localhost";
        var stack = new OpsStack(OpsCommand.Start(environment, "run"), environment, state);
        await stack.WaitUntilRunningAsync();
        return stack;
    }

    /// <summary><c>ops/hubs create-first-admin</c> on this stack: what it printed (the set-password link).</summary>
    public async Task<string> CreateFirstAdminAsync(string email, string hub)
    {
        using var process = OpsCommand.Start(environment, "create-first-admin", "--email", email, "--hub", hub);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(deadline.Token);
        Assert.True(process.ExitCode == 0, $"create-first-admin exited {process.ExitCode}: {await stderr}");
        return await stdout;
    }

    public async ValueTask DisposeAsync()
    {
        if (!run.HasExited)
        {
            // As Ctrl-C: run stops the hosts, RabbitMQ and PostgreSQL it started.
            using var kill = Process.Start("kill", ["-TERM", run.Id.ToString(CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
            using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            try
            {
                await run.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                run.Kill(entireProcessTree: true);
                using var down = OpsCommand.Start(environment, "down");
                await down.WaitForExitAsync();
            }
        }

        run.Dispose();
        try
        {
            Directory.Delete(State, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a server that is going away: a temp dir, left for the system to clear.
        }
    }

    private async Task WaitUntilRunningAsync()
    {
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        run.OutputDataReceived += (_, line) =>
        {
            lock (output)
            {
                output.AppendLine(line.Data);
            }

            if (line.Data == "Press Ctrl-C to stop.")
            {
                ready.TrySetResult();
            }
        };
        run.ErrorDataReceived += (_, line) =>
        {
            lock (output)
            {
                output.AppendLine(line.Data);
            }
        };
        run.BeginOutputReadLine();
        run.BeginErrorReadLine();
        var exited = run.WaitForExitAsync();
        var first = await Task.WhenAny(ready.Task, exited, Task.Delay(TimeSpan.FromMinutes(8)));
        if (first != ready.Task)
        {
            await DisposeAsync();
            lock (output)
            {
                throw new InvalidOperationException($"ops/hubs run did not come up:\n{output}");
            }
        }
    }

    private static string Port() => FreePort.Next().ToString(CultureInfo.InvariantCulture);
}
