using System.Globalization;
using Hubs.Benchmarks.Pipeline;

// dotnet run -c Release --project benchmarks/Hubs.Benchmarks.Pipeline -- rebuild [events=200000]
// dotnet run -c Release --project benchmarks/Hubs.Benchmarks.Pipeline -- freshness [seconds=60] [per-second=20]
// Starts throwaway PostgreSQL and RabbitMQ through ops/lib (or reuses HUBS_TEST_* ones) and prints figures.
// WebApplicationFactory finds a host's content root through the test assembly's metadata; a console
// program has none, so name the folders the way the factory documents (ASPNETCORE_TEST_CONTENTROOT_…).
foreach (var host in new[] { "Hubs.Web", "Hubs.Insights" })
{
    Environment.SetEnvironmentVariable(
        $"ASPNETCORE_TEST_CONTENTROOT_{host.Replace('.', '_').ToUpperInvariant()}",
        Hubs.Testing.RepositoryRoot.Combine("src", host)
    );
}

int Arg(int index, int fallback) =>
    args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

switch (args.FirstOrDefault())
{
    case "rebuild":
        await RebuildBenchmark.RunAsync(Arg(1, 200_000));
        break;
    case "freshness":
        await FreshnessBenchmark.RunAsync(Arg(1, 60), Arg(2, 20));
        break;
    default:
        Console.Error.WriteLine("usage: rebuild [events] | freshness [seconds] [per-second]");
        return 2;
}

return 0;
