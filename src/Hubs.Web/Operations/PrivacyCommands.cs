using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Erasure;
using static Hubs.Web.Operations.CommandLine;

namespace Hubs.Web.Operations;

/// <summary>
/// <c>retention [--dry-run] --by NAME [--reference REF]</c> runs the retention rule (counts only, never
/// names); <c>rewrap-data-keys</c> moves every data key under the current master key after a rotation.
/// </summary>
internal static class PrivacyCommands
{
    public static async Task<int> RetentionAsync(IServiceProvider services, string[] args)
    {
        var dryRun = args.Contains("--dry-run");
        var by = Option(args, "--by");
        if (by is null && !dryRun)
        {
            Console.Error.WriteLine("Usage: retention [--dry-run] --by NAME [--reference REF]");
            return 2;
        }

        var report = await services.GetRequiredService<RetentionRun>().RunAsync(dryRun, by ?? "dry run", Option(args, "--reference"), CancellationToken.None);
        Console.WriteLine(dryRun
            ? $"Dry run: {report.JourneysExamined} journeys examined; " + $"{report.KeyworkersDue} keyworkers due for destruction."
            : $"{report.JourneysExamined} journeys examined; {report.KeyworkersDue} " + $"keyworkers due; {report.KeysDestroyed} data keys destroyed.");
        return 0;
    }

    public static async Task<int> RewrapAsync(IServiceProvider services)
    {
        var rewrapped = await services.GetRequiredService<DataKeyRewrapping>().RunAsync(CancellationToken.None);
        Console.WriteLine($"Re-wrapped {rewrapped} data keys under master key {services.GetRequiredService<MasterKeys>().CurrentId}.");
        return 0;
    }
}
