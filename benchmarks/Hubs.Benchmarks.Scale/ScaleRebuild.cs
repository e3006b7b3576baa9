using System.Diagnostics;
using Hubs.Insights.Store;
using Hubs.Testing;
using Npgsql;

namespace Hubs.Benchmarks.Scale;

internal sealed record RebuildFigures(long Events, double EventsPerSecond, bool Complete, long ExportKb, long ImportKb);

/// <summary>
/// The Insights rebuild as <c>ops/hubs rebuild</c> runs it: the aggregates emptied, then Web's
/// <c>export-milestones</c> piped into Insights' <c>import-milestones</c>, two processes as an operator runs them
/// (progress on standard error), timed until the import has applied everything and exited. With
/// <c>--rebuild-seconds</c> the export is stopped after that long, and the rate is over the events the import reached.
/// </summary>
internal static class ScaleRebuild
{
    public static async Task<RebuildFigures> RunAsync(
        TestDatabase database,
        IReadOnlyDictionary<string, string> web,
        int seconds
    )
    {
        await using var insightsData = NpgsqlDataSource.Create(database.Insights);
        await InsightsSchema.ResetAsync(insightsData);
        var clock = Stopwatch.StartNew();
        using var export = Start("Hubs.Web.dll", "export-milestones", web);
        using var import = Start("Hubs.Insights.dll", "import-milestones", Insights(database, web));
        using var limit =
            seconds > 0 ? new CancellationTokenSource(TimeSpan.FromSeconds(seconds)) : new CancellationTokenSource();
        var piping = PipeAsync(export, import, limit.Token);
        long exportKb = 0,
            importKb = 0;
        while (!piping.IsCompleted)
        {
            exportKb = Math.Max(exportKb, HostProcess.PeakKb(export.Id));
            importKb = Math.Max(importKb, HostProcess.PeakKb(import.Id));
            await Task.WhenAny(piping, Task.Delay(500));
        }

        var complete = await piping;
        await import.WaitForExitAsync();
        await export.WaitForExitAsync();
        var took = clock.Elapsed;
        var position = await RebuildPosition.LoadAsync(insightsData);
        var events = await database.CountAsync($"SELECT count(*) FROM clinical.mt_events WHERE seq_id <= {position}");
        Console.WriteLine(
            $"Rebuild: {events:N0} events applied in {took.TotalSeconds:F0} s (import exit {import.ExitCode})"
                + $"{(complete ? "" : ", export cut off")}."
        );
        return new RebuildFigures(events, events / took.TotalSeconds, complete, exportKb, importKb);
    }

    /// <returns>False when the export was stopped before it finished.</returns>
    private static async Task<bool> PipeAsync(Process export, Process import, CancellationToken cancellationToken)
    {
        var complete = true;
        try
        {
            await export.StandardOutput.BaseStream.CopyToAsync(import.StandardInput.BaseStream, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            complete = false;
            export.Kill();
        }

        import.StandardInput.Close();
        return complete;
    }

    private static Process Start(string dll, string command, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = dll == "Hubs.Web.dll",
            RedirectStandardInput = dll != "Hubs.Web.dll",
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, dll));
        start.ArgumentList.Add(command);
        // As ops/hubs rebuild runs them (REBUILD_RUNTIME in cmd-rebuild.sh): no tiered PGO, one workstation GC heap,
        // no spinning pool threads.
        start.Environment["DOTNET_TieredPGO"] = "0";
        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment["DOTNET_gcConcurrent"] = "0";
        start.Environment["DOTNET_GCgen0size"] = "0x4000000";
        start.Environment["DOTNET_ThreadPool_UnfairSemaphoreSpinLimit"] = "0";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"Could not start {dll} {command}.");
    }

    private static Dictionary<string, string> Insights(
        TestDatabase database,
        IReadOnlyDictionary<string, string> web
    ) =>
        new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = web["ASPNETCORE_ENVIRONMENT"],
            ["ConnectionStrings__Insights"] = database.Insights,
            ["RabbitMq__Uri"] = web["RabbitMq__Uri"],
            ["Oidc__Authority"] = web["Oidc__Authority"],
        };
}
