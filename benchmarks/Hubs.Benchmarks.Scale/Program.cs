using System.Diagnostics;
using System.Globalization;
using Hubs.Benchmarks.Clinic;
using Hubs.Benchmarks.Scale;
using Hubs.Insights;
using Hubs.Testing;
using Hubs.Testing.Auth;
using Hubs.Web;

// Issue 22's benchmark: a national data set written by Web's own `seed-scale` command (a separate process), then the
// clinic pages and APIs, the Insights dashboards and feeds over real HTTP (Kestrel, signed-in callers) for the busiest
// Hub, staff search, and the Insights rebuild; one table of figures beside the targets. Run through
// benchmarks/scale.sh.
var journeys = Option("--journeys", 1_000_000);
var hubs = Option("--hubs", 40);
var requests = Option("--requests", 40);
var rebuildSeconds = Option("--rebuild-seconds", 0);

var database = await TestDatabase.CreateAsync();
var vhost = await TestVirtualHost.CreateAsync();
var hubIds = Enumerable
    .Range(1, hubs)
    .Select(i => string.Create(CultureInfo.InvariantCulture, $"hub-{i:00}"))
    .ToArray();
var command = ScaleSettings.Command(database, vhost, hubIds);
await HostProcess.RunAsync("Hubs.Web.dll", ["migrate"], command);
Console.WriteLine($"Seeding {journeys:N0} journeys over {hubs} Hubs into {database.Name} …");
var seeding = await HostProcess.RunAsync(
    "Hubs.Web.dll",
    ["seed-scale", "--journeys", $"{journeys}", "--hubs", $"{hubs}"],
    command
);
Console.WriteLine(seeding.Output.Trim());

await using var stack = ScaleStack.Start(database, vhost, hubIds);
var rebuild = await ScaleRebuild.RunAsync(stack, command, rebuildSeconds);
var busiest = hubIds[0];
var pick = await ScalePick.BusiestAsync(stack.Web.Services, busiest);
Console.WriteLine(
    $"Busiest Hub {busiest}: {pick.Journeys:N0} journeys; clinician {pick.Clinician} with {pick.Caseload} open cases."
);

Report.Header();
Report.Line(
    "seeding",
    $"{seeding.Took.TotalMinutes:F1} min ({journeys / seeding.Took.TotalSeconds:F0} journeys/s)",
    "1M < 60 min",
    journeys / seeding.Took.TotalSeconds * 3600 >= 1_000_000
);
foreach (var (name, host, who, path) in ScalePages.All(stack, busiest, pick))
{
    try
    {
        using var http = new HttpClient { BaseAddress = host, Timeout = TimeSpan.FromMinutes(2) }.As(
            who.Principal,
            who.Audience
        );
        Report.Page(name, await PageTimer.TimeAsync(http, path, warmUp: 3, requests));
    }
    catch (Exception failure)
        when (failure is InvalidOperationException or HttpRequestException or TaskCanceledException)
    {
        Report.Line(name, failure.Message[..Math.Min(38, failure.Message.Length)], "p95 < 200 ms", false);
    }
}

var (first, searches) = await SearchTimer.TimeAsync(
    stack.Web.Services,
    busiest,
    ScalePick.SearchText,
    Math.Min(requests, 20)
);
Report.Page("staff search (in-process)", searches);
Report.Line("staff search, keys not cached", $"{first:F0} ms", "p95 < 200 ms", first < 200);
Report.Line(
    "rebuild",
    $"{rebuild.EventsPerSecond:F0} events/s ({rebuild.Events:N0} events{(rebuild.Complete ? "" : ", cut off")})",
    "50,000 events/s",
    rebuild.EventsPerSecond >= 50_000
);
Report.Line("peak RSS: rebuild export (Web)", $"{rebuild.ExportKb / 1024} MB", "300 MB", rebuild.ExportKb < 300 * 1024);
Report.Line(
    "peak RSS: rebuild import (Insights)",
    $"{rebuild.ImportKb / 1024} MB",
    "300 MB",
    rebuild.ImportKb < 300 * 1024
);
Report.Line("peak RSS: seed-scale process", $"{seeding.PeakKb / 1024} MB", "300 MB", seeding.PeakKb < 300 * 1024);
var benchPeak = HostProcess.PeakKb(Environment.ProcessId);
Report.Line("peak RSS: Web+Insights+client (1 proc)", $"{benchPeak / 1024} MB", "300 MB each", benchPeak < 600 * 1024);
return 0;

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}
