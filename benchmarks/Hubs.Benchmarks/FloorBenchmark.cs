using System.Net.Http.Json;

namespace Hubs.Benchmarks;

/// <summary>
/// The floor under any write: the same referral body posted to <c>/health/live</c> with no token, so the figure is the
/// clients' work (HttpClient, the body's JSON), Kestrel's and the middleware's alone, measured in the same rounds.
/// </summary>
internal static class FloorBenchmark
{
    public static Task<Measurement> RunAsync(HttpClient http, int clients, TimeSpan duration) =>
        Measurement.RunAsync(clients, duration, async client =>
        {
            using var response = await http.PostAsJsonAsync("/health/live", WritePathBenchmark.Referral(client));
            return response.IsSuccessStatusCode;
        });
}
