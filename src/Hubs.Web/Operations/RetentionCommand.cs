using Hubs.ServiceDefaults.Commands;
using Hubs.Web.Features.Erasure;

namespace Hubs.Web.Operations;

/// <summary>The yearly retention rule (ops/runbooks/retention-run.md); prints counts only, never names.</summary>
internal sealed class RetentionCommand(RetentionRun retention) : IHostCommand
{
    private const string Usage = "retention [--dry-run] --by NAME [--reference REF]";

    public static string Name => "retention";

    public static string Help => Usage + ": destroys the data keys due under the retention rule.";

    public async Task<int> RunAsync(HostCommandCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var dryRun = call.Flag("--dry-run");
        var by = call.Option("--by");
        if (by is null && !dryRun)
        {
            return await call.UsageAsync(Usage);
        }

        var report = await retention.RunAsync(
            dryRun,
            by ?? "dry run",
            call.Option("--reference"),
            CancellationToken.None
        );
        await call.Output.WriteLineAsync(
            dryRun
                ? $"Dry run: {report.JourneysExamined} journeys examined; "
                    + $"{report.KeyworkersDue} keyworkers due for destruction."
                : $"{report.JourneysExamined} journeys examined; {report.KeyworkersDue} keyworkers due; "
                    + $"{report.KeysDestroyed} data keys destroyed."
        );
        return 0;
    }
}
