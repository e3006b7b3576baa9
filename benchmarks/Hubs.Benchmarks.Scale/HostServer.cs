using System.Diagnostics;

namespace Hubs.Benchmarks.Scale;

/// <summary>
/// One host (Web, Insights or Identity) serving HTTP as its own process, as it runs in production: its built dll,
/// its own content root, its settings in environment variables, a loopback port. Ready once <c>/health/ready</c>
/// answers. Its peak resident memory (VmHWM) is polled every second while it runs, so the figure survives a host
/// that dies.
/// </summary>
internal sealed class HostServer : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(5);
    private readonly Process process;
    private readonly HostOutput output;
    private readonly CancellationTokenSource stop = new();
    private readonly Task polling;
    private long peakKb;

    private HostServer(string name, Process process, HostOutput output, Uri uri)
    {
        Name = name;
        this.process = process;
        this.output = output;
        Uri = uri;
        polling = PollAsync();
    }

    public string Name { get; }

    public Uri Uri { get; }

    public int ProcessId => process.Id;

    /// <summary>The largest resident set the process has had so far, in kB.</summary>
    public long PeakKb => Math.Max(Interlocked.Read(ref peakKb), HostProcess.PeakKb(process.Id));

    public static async Task<HostServer> StartAsync(
        string name,
        string dll,
        string contentRoot,
        IReadOnlyDictionary<string, string> environment
    )
    {
        var uri = new Uri($"http://127.0.0.1:{Hubs.Testing.FreePort.Next()}");
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = contentRoot,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, dll));
        foreach (var argument in new[] { "--urls", uri.ToString(), "--contentRoot", contentRoot })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {dll}.");
        var server = new HostServer(name, process, HostOutput.Drain(process), uri);
        try
        {
            await server.ReadyAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            // SIGTERM, as an orchestrator stops a pod: the host shuts down and gives up the daemon's lock.
            using var term = Process.Start("kill", ["-TERM", $"{process.Id}"]);
            await term.WaitForExitAsync();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        await stop.CancelAsync();
        await polling;
        stop.Dispose();
        process.Dispose();
    }

    private async Task ReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = Uri, Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartLimit)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited {process.ExitCode}: {output.Tail()}");
            }

            try
            {
                using var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (ready.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(500);
        }

        throw new InvalidOperationException($"{Name} was not ready in {StartLimit}: {output.Tail()}");
    }

    private async Task PollAsync()
    {
        while (!stop.IsCancellationRequested && !process.HasExited)
        {
            var now = HostProcess.PeakKb(process.Id);
            if (now > Interlocked.Read(ref peakKb))
            {
                Interlocked.Exchange(ref peakKb, now);
            }

            try
            {
                await Task.Delay(1000, stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
