using Hubs.Benchmarks;
using Hubs.Testing.Auth;
using Npgsql;

// The write path, measured: self-referrals and session recordings per second over HTTP (16 concurrent clients, a
// real Kestrel socket, real PostgreSQL), each beside the raw PostgreSQL rate of an equivalent transaction on the
// same server, interleaved in rounds so that the machine's load falls on both alike; with the round trips and CPU
// each request cost and the host's peak memory; and two floors (FloorBenchmark) that show what a request costs before
// it writes.
// Run: dotnet run -c Release --project benchmarks/Hubs.Benchmarks [seconds per kind] [rounds] [warm-up seconds]
// The warm-up is long because on a loaded machine the JIT takes minutes to bring the host's code to its final tier;
// a host serves for days, so the figure wanted is the one after that.
var seconds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 20;
var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 4;
var warm = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 30;
var slice = TimeSpan.FromSeconds((double)seconds / rounds);
const int Clients = 16;
Console.WriteLine($"[{Since.Start:mm\\:ss}] {seconds}s per kind in {rounds} rounds, {warm}s warm-up per kind");

await using var rig = await BenchmarkRig.StartAsync();
using var trips = new RoundTrips();

// The raw client's pool prepares its statements and skips the reset on return as the host's does
// (Infrastructure/ClinicalDataSource.cs), so neither side is charged for pool settings the other is spared.
await using var raw = NpgsqlDataSource.Create(rig.Database.Clinical + ";Max Auto Prepare=100;No Reset On Close=true");
await RawInsertBenchmark.CreateSchemaAsync(raw);
var clinicianId = Guid.NewGuid();
using var clinician = rig.As(TestPrincipal.Clinician("north", clinicianId));
using var anonymous = rig.Anonymous();

// Sessions need prepared appointments (one each, used up by every attempt): a first guess of 40 attempts a second
// per client for the first part of the warm-up, then twice the fastest rate seen before each run.
var journeys = new SessionJourneys(rig.Services, clinicianId, Clients, appointments: 8);
var sessions = new SessionBenchmark(clinician, journeys, Clients, firstGuess: 40);
var prepared = await sessions.EnsureAsync(TimeSpan.FromSeconds(5));
Console.WriteLine($"[{Since.Start:mm\\:ss}] prepared {prepared} journeys");
var rawSessions = await RawSessionBenchmark.PrepareAsync(raw, Clients, 4);

var phases = new Phase[]
{
    new("raw self-referral", duration => RawInsertBenchmark.RunAsync(raw, Clients, duration)),
    new("HTTP self-referral", duration => WritePathBenchmark.RunAsync(rig.Http, Clients, duration)),
    new("raw session", duration => rawSessions.RunAsync(Clients, duration)),
    new(
        "HTTP session",
        sessions.RunAsync,
        sessions.WarmAsync,
        // Journeys written now would be published by the daemon during the next slices: wait for that first.
        async duration =>
        {
            if (await sessions.EnsureAsync(duration) > 0)
            {
                await trips.QuietAsync();
            }
        }
    ),
    // What a write costs before it writes (FloorBenchmark): beside the rows above, not in the ratios.
    new("HTTP floor", duration => FloorBenchmark.LiveAsync(anonymous, Clients, duration)),
    new("HTTP refused", duration => FloorBenchmark.RefusedAsync(rig.Http, Clients, duration)),
};
Console.WriteLine($"Warming up {warm}s per kind, then {rounds} rounds of {slice.TotalSeconds:F1}s per kind.");
foreach (var phase in phases)
{
    await phase.RunAsync(TimeSpan.FromSeconds(warm));
}

prepared = await sessions.EnsureAsync(slice * rounds);
Console.WriteLine($"[{Since.Start:mm\\:ss}] prepared {prepared} journeys more");
await trips.QuietAsync();
Console.WriteLine($"[{Since.Start:mm\\:ss}] the daemon is quiet: the timed rounds");

var cpu = new CpuMeter(rig.Database.Clinical);
var sql = new StatementMeter(rig.Database.Clinical);
for (var round = 0; round < rounds; round++)
{
    foreach (var phase in phases)
    {
        await phase.MeasureAsync(cpu, trips, sql, slice);
    }
}

Console.WriteLine(Phase.Header);
foreach (var phase in phases)
{
    Console.WriteLine(phase.Row());
}

foreach (var line in phases.SelectMany(p => p.Statements(25)))
{
    Console.WriteLine(line);
}

foreach (var line in phases.Select(p => p.FailedLine()).OfType<string>())
{
    Console.WriteLine(line);
}

Console.WriteLine($"Ratio HTTP / raw, self-referral: {phases[1].PerSecond / phases[0].PerSecond, 7:P1}");
Console.WriteLine($"Ratio HTTP / raw, session:       {phases[3].PerSecond / phases[2].PerSecond, 7:P1}");
Console.WriteLine(
    $"Peak RSS, Web host (this process, with the benchmark's clients): {PeakRss.OfThisProcessMb()} MB (target 300)"
);
return phases.Sum(p => p.Failures) == 0 ? 0 : 1;
