using System.Globalization;
using Hubs.ServiceDefaults.Commands;
using Hubs.Web.Features.Publishing;

namespace Hubs.Web.Operations;

/// <summary>
/// The rebuild's first half: every journey milestone after <c>--after</c> as lines on standard output, for Insights'
/// <c>import-milestones</c>, with a progress bar (events, rate, ETA) on standard error.
/// </summary>
internal sealed class ExportMilestonesCommand(MilestoneExport export) : IHostCommand
{
    public static string Name => "export-milestones";

    public static string Help =>
        "[--after SEQUENCE] Writes every journey milestone after SEQUENCE to standard output (the Insights rebuild).";

    public async Task<int> RunAsync(HostCommandCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        long after = 0;
        if (
            call.Option("--after") is { } text
            && !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out after)
        )
        {
            return await call.UsageAsync("export-milestones [--after SEQUENCE] (a whole number)");
        }

        // Each page's lines go out in one write, as UTF-8 bytes (MilestoneLine writes them so): no text writer.
        await using var output = Console.OpenStandardOutput();
        var events = await export.RunAsync(
            after,
            output,
            new Progress<RepublishProgress>(ProgressBar.Draw),
            CancellationToken.None
        );
        await call.Error.WriteLineAsync();
        await call.Error.WriteLineAsync($"Exported the milestones of {events} events.");
        return 0;
    }
}
