using System.Diagnostics;
using Hubs.Benchmarks.Clinic;
using Hubs.Testing;
using Hubs.Testing.Auth;
using Hubs.Web;

// Clinician workspace pages (and staff search) over a seeded Hub of 2,000 journeys: each page requested one at a time
// by a signed-in clinician over a real Kestrel socket against real PostgreSQL, median and 95th percentile printed.
// Run: dotnet run -c Release --project benchmarks/Hubs.Benchmarks.Clinic [journeys] [requests per page]
var journeys = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 2000;
var requests = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100;

var database = await TestDatabase.CreateAsync();
var vhost = await TestVirtualHost.CreateAsync();
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_HUBS_WEB", RepositoryRoot.Combine("src", "Hubs.Web"));
await using var host = new TestHost<WebEntryPoint>(
    HubsSettings.Web(database, vhost, HubsSettings.NewLogFile("bench-clinic"))
);
var port = FreePort.Next();
host.UseKestrel(port);
host.StartServer();

var seeding = Stopwatch.StartNew();
var record = await SyntheticHub.SeedAsync(host.Services, journeys);
Console.WriteLine($"Seeded {journeys} journeys in Hub {SyntheticHub.HubId} in {seeding.Elapsed.TotalSeconds:F1}s.");

var clinician = TestPrincipal.Clinician(SyntheticHub.HubId, SyntheticHub.Clinician(0));
using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") }.As(clinician);
var failed = false;
foreach (
    var (name, path) in new[]
    {
        ("Triage queue", "/clinic/triage"),
        ("My caseload", "/clinic/caseload"),
        ("Journey record", $"/clinic/journeys/{record}"),
    }
)
{
    var times = await PageTimer.TimeAsync(http, path, warmUp: 10, requests);
    var median = times[times.Length / 2];
    var p95 = times[(int)(times.Length * 0.95)];
    Console.WriteLine(
        $"{name, -16} median {median, 7:F1} ms   p95 {p95, 7:F1} ms   "
            + $"({requests} requests, {PageTimer.LastBytes / 1024} KB page)   "
            + $"target median < 300 ms: {(median < 300 ? "met" : "MISSED")}"
    );
    failed |= median >= 300;
}

// Staff search unseals the Hub's referrals in memory (Features/Journeys/Searching/README.md): report its cost.
var (first, searchTimes) = await SearchTimer.TimeAsync(host.Services, requests);
var searchMedian = searchTimes[searchTimes.Length / 2];
Console.WriteLine(
    $"Staff search     first (no key cached) {first, 7:F1} ms   median {searchMedian, 7:F1} ms   "
        + $"p95 {searchTimes[(int)(searchTimes.Length * 0.95)], 7:F1} ms   "
        + $"({requests} searches over {journeys} journeys)   "
        + $"target median < 300 ms: {(searchMedian < 300 ? "met" : "MISSED")}"
);
failed |= searchMedian >= 300;

return failed ? 1 : 0;
