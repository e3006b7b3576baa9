using Hubs.Insights.Rebuild;
using Hubs.ServiceDefaults.Commands;

namespace Hubs.Insights.Operations;

/// <summary>
/// The rebuild's second half: the milestones Web's <c>export-milestones</c> writes, read on standard input, then the
/// store analysed (<see cref="MilestoneImport.RunAndAnalyzeAsync"/>).
/// </summary>
internal sealed class ImportMilestonesCommand(MilestoneImport import) : IHostCommand
{
    public static string Name => "import-milestones";

    public static string Help => "Applies the milestones of `web export-milestones` read on standard input (rebuild).";

    public async Task<int> RunAsync(HostCommandCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        using var input = new StreamReader(Console.OpenStandardInput(), bufferSize: 1 << 20);
        var applied = await import.RunAndAnalyzeAsync(input, CancellationToken.None);
        await call.Output.WriteLineAsync($"Applied {applied} milestones.");
        return 0;
    }
}
