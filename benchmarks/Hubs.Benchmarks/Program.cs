using Hubs.Benchmarks;

// The write path, measured: self-referrals per second over HTTP (16 concurrent clients, a real Kestrel
// socket, real PostgreSQL), beside the raw PostgreSQL rate of an equivalent insert transaction on the
// same server in the same run. Run: dotnet run -c Release --project benchmarks/Hubs.Benchmarks [seconds]
var seconds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 20;
var duration = TimeSpan.FromSeconds(seconds);
const int Clients = 16;

await using var rig = await BenchmarkRig.StartAsync();
Console.WriteLine($"Warming up, then {seconds}s per measurement with {Clients} concurrent clients.");
await WritePathBenchmark.RunAsync(rig.Http, Clients, TimeSpan.FromSeconds(3));
var http = await WritePathBenchmark.RunAsync(rig.Http, Clients, duration);
var raw = await RawInsertBenchmark.RunAsync(rig.Database.Clinical, Clients, duration);

Console.WriteLine(
    $"HTTP self-referrals:          {http.PerSecond, 10:F1} /s  "
        + $"({http.Count} in {http.Elapsed.TotalSeconds:F1}s, {http.Failures} failed, "
        + $"p50 {http.P50:F1} ms, p99 {http.P99:F1} ms)"
);
Console.WriteLine(
    $"Raw PostgreSQL transactions:  {raw.PerSecond, 10:F1} /s  "
        + $"({raw.Count} in {raw.Elapsed.TotalSeconds:F1}s, p50 {raw.P50:F1} ms, p99 {raw.P99:F1} ms)"
);
Console.WriteLine($"Ratio HTTP / raw:             {http.PerSecond / raw.PerSecond, 10:P1}");
return http.Failures == 0 ? 0 : 1;
