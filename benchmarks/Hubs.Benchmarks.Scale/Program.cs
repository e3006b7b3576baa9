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
var signIns = Option("--sign-ins", 300);

var reuse = Text("--database");
var database = reuse is null ? await TestDatabase.CreateAsync() : await TestDatabase.ExistingAsync(reuse);
var vhost = await TestVirtualHost.CreateAsync();
var hubIds = Enumerable
    .Range(1, hubs)
    .Select(i => string.Create(CultureInfo.InvariantCulture, $"hub-{i:00}"))
    .ToArray();

// One key file serves the seeding run and every later timing run of the same data set (`--database`).
var keys = BenchmarkKeys.Load(Text("--keys") ?? BenchmarkKeys.DefaultFile);
var command = ScaleSettings.Command(database, vhost, hubIds, keys);
var seeding = (Took: TimeSpan.Zero, PeakKb: 0L, Output: $"Reusing the data set in {reuse}.");

// A reused data set is migrated by this build (a read model that changed since is built again), and timed.
var migrating = await HostProcess.RunAsync("Hubs.Web.dll", ["migrate"], command);
Console.WriteLine($"migrate took {migrating.Took.TotalSeconds:F0} s (peak {migrating.PeakKb / 1024} MB).");

// Insights' and Identity's schemas by their own `migrate`, as an operator deploys them.
await HostProcess.RunAsync("Hubs.Insights.dll", ["migrate"], HostSettings.Insights(database, vhost));
await HostProcess.RunAsync("Hubs.Identity.dll", ["migrate"], HostSettings.Identity(database));
if (reuse is null)
{
    Console.WriteLine($"Seeding {journeys:N0} journeys over {hubs} Hubs into {database.Name} …");
    seeding = await HostProcess.RunAsync(
        "Hubs.Web.dll",
        ["seed-scale", "--journeys", $"{journeys}", "--hubs", $"{hubs}"],
        ScaleSettings.Seeding(command)
    );
}

Console.WriteLine(seeding.Output.Trim());
if (args.Contains("--seed-only"))
{
    Console.WriteLine($"Seeded {database.Name} in {seeding.Took.TotalMinutes:F1} min, {seeding.PeakKb / 1024} MB.");
    return 0;
}

// --rebuild-seconds -1 keeps the Insights tables an earlier run of the same data set rebuilt.
var rebuild =
    rebuildSeconds < 0
        ? new RebuildFigures(0, 0, false, 0, 0)
        : await ScaleRebuild.RunAsync(database, command, rebuildSeconds);

// --only "hub overview,journey record" times just the parts whose names contain one of those (a quick re-run).
var only = Text("--only")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

// The write path on a fresh database of the same server, while no host of this benchmark runs beside it:
// --write-path "seconds rounds warm-up" (default "20 4 30"; "0" leaves it out).
var writePathArguments = (Text("--write-path") ?? "20 4 30").Split(' ', StringSplitOptions.RemoveEmptyEntries);
WritePathFigures? writePath = null;
if (Wanted("write path") && writePathArguments is not ["0"])
{
    Console.WriteLine($"The write path ({string.Join(' ', writePathArguments)}) …");
    writePath = await WritePathRun.RunAsync(writePathArguments);
}
var busiest = hubIds[0];

// What reads Web's services directly runs first, in this process, and is stopped before the hosts start.
BusiestHub pick;
(double First, double[] Sorted)? search = null;
(double First, double[] Sorted)? surname = null;
await using (var inProcess = InProcessWeb.Start(database, vhost, hubIds, keys))
{
    pick = await ScalePick.BusiestAsync(inProcess.Services, busiest);
    if (Wanted("staff search"))
    {
        search = await SearchTimer.TimeAsync(inProcess.Services, busiest, ScalePick.SearchText, Math.Min(requests, 20));
        surname = await SearchTimer.TimeAsync(inProcess.Services, busiest, ScalePick.Surname, Math.Min(requests, 20));
    }
}

Console.WriteLine(
    $"Busiest Hub {busiest}: {pick.Journeys:N0} journeys; clinician {pick.Clinician} with {pick.Caseload} open cases."
);
var accounts = Wanted("identity") ? await IdentityAccounts.SeedAsync(database, hubIds, signIns) : [];
await using var stack = await ScaleStack.StartAsync(database, vhost, command);
Console.WriteLine(string.Join("; ", stack.Hosts.Select(h => $"{h.Name} pid {h.ProcessId} on {h.Uri}")));

Report.Header();
if (reuse is null)
{
    Report.Line(
        "seeding",
        $"{seeding.Took.TotalMinutes:F1} min ({journeys / seeding.Took.TotalSeconds:F0} journeys/s)",
        "1M < 60 min",
        journeys / seeding.Took.TotalSeconds * 3600 >= 1_000_000
    );
}

foreach (var (name, host, who, path) in ScalePages.All(stack, busiest, pick).Where(p => Wanted(p.Name)))
{
    try
    {
        using var http = new HttpClient { BaseAddress = host, Timeout = TimeSpan.FromMinutes(2) }.As(
            who.Principal,
            who.Audience
        );
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https"); // TLS ends at a proxy (HostSettings)
        Report.Page(name, await PageTimer.TimeAsync(http, path, warmUp: 3, requests));
    }
    catch (Exception failure)
        when (failure is InvalidOperationException or HttpRequestException or TaskCanceledException)
    {
        Report.Line(name, failure.Message[..Math.Min(38, failure.Message.Length)], "p95 < 200 ms", false);
    }
}

if (accounts.Count > 0)
{
    Report.Identity(await IdentityLoad.RunAsync(stack.Identity.Uri, accounts));
}

if (search is { } searched)
{
    Report.Page("staff search (in-process)", searched.Sorted);
    Report.Line("staff search, keys not cached", $"{searched.First:F0} ms", "p95 < 200 ms", searched.First < 200);
}

if (surname is { } alone)
{
    Report.Page("staff search, a surname alone", alone.Sorted);
    Report.Line("surname alone, keys not cached", $"{alone.First:F0} ms", "p95 < 200 ms", alone.First < 200);
}

if (rebuildSeconds >= 0)
{
    Report.Line(
        "rebuild",
        $"{rebuild.EventsPerSecond:F0} events/s ({rebuild.Events:N0} events{(rebuild.Complete ? "" : ", cut off")})",
        "50,000 events/s",
        rebuild.EventsPerSecond >= 50_000
    );
    Report.Rss("rebuild export (Web)", rebuild.ExportKb);
    Report.Rss("rebuild import (Insights)", rebuild.ImportKb);
}

if (writePath is not null)
{
    Report.WritePath(writePath, "self-referral");
    Report.WritePath(writePath, "session");
}

if (reuse is null)
{
    Report.Rss("seed-scale process", seeding.PeakKb);
}

foreach (var host in stack.Hosts)
{
    Report.Rss($"{host.Name} host (own process)", host.PeakKb);
}

if (writePath is not null)
{
    Console.WriteLine($"The write path's own table (CPU, round trips, statements a request): {writePath.Log}");
}

return 0;

bool Wanted(string name) => only is null || only.Any(o => name.Contains(o, StringComparison.OrdinalIgnoreCase));

string? Text(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}
