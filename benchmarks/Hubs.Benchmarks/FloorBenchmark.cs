using System.Net;
using System.Net.Http.Json;

namespace Hubs.Benchmarks;

/// <summary>
/// What an HTTP write costs before it writes: the same clients and socket with less and less of the work, so the CPU a
/// request of each can be set beside a whole self-referral's. "HTTP floor" is the clients, Kestrel and the middleware
/// alone (an unauthenticated liveness probe: no token, no body, no database); "HTTP refused" is the self-referral's
/// whole front (the same body and token, the shared rate limit's round trip, binding and validation) answered 400 (a
/// validation problem) because consent is withheld, so nothing is written.
/// </summary>
internal static class FloorBenchmark
{
    /// <summary><paramref name="http"/> carries no token: the authentication handler is not run.</summary>
    public static Task<Measurement> LiveAsync(HttpClient http, int clients, TimeSpan duration) =>
        Measurement.RunAsync(clients, duration, async _ =>
        {
            using var response = await http.GetAsync("/health/live");
            return Outcome.Of(response);
        });

    public static Task<Measurement> RefusedAsync(HttpClient http, int clients, TimeSpan duration) =>
        Measurement.RunAsync(clients, duration, async client =>
        {
            var body = WritePathBenchmark.Referral(client);
            body["consentToSupport"] = false;
            using var response = await http.PostAsJsonAsync("/api/journeys", body);
            return response.StatusCode == HttpStatusCode.BadRequest ? Outcome.Done : Outcome.Of(response);
        });
}
