using System.Diagnostics;

namespace Hubs.Testing;

/// <summary>Runs the project's own ops scripts and client tools, failing loudly with their output.</summary>
public static class Shell
{
    /// <remarks>
    /// <c>within</c>, for a process that must end by itself (a host's one-shot command): past it the process is
    /// killed and the call fails, so a host that starts serving instead of answering fails rather than hangs.
    /// </remarks>
    public static async Task<string> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        IDictionary<string, string>? environment = null,
        TimeSpan? within = null
    )
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(within ?? Timeout.InfiniteTimeSpan);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', start.ArgumentList)} did not exit within {within}."
            );
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', start.ArgumentList)} exited {process.ExitCode}:\n"
                    + $"{await stdout}\n{await stderr}"
            );
        }

        return await stdout;
    }

    /// <summary>
    /// Runs an ops/lib script. Services it starts are tied to this test process (HUBS_OWNER_PID), so
    /// the scripts stop them once the process is gone, even when it dies without cleaning up.
    /// </summary>
    public static Task<string> OpsAsync(string script, params string[] arguments) =>
        OpsWithinAsync(Timeout.InfiniteTimeSpan, script, arguments);

    /// <summary>As <see cref="OpsAsync"/>, killed and failed past <paramref name="within"/>.</summary>
    public static Task<string> OpsWithinAsync(TimeSpan within, string script, params string[] arguments) =>
        RunAsync(
            "bash",
            [RepositoryRoot.Combine("ops", "lib", script), .. arguments],
            new Dictionary<string, string>
            {
                ["HUBS_OWNER_PID"] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            within
        );
}
