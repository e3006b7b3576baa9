using System.Net.Http.Json;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;

namespace Hubs.Benchmarks;

/// <summary>POST /api/journeys with a complete, valid self-referral (synthetic person), as a browser would.</summary>
internal static class WritePathBenchmark
{
    public static Task<Measurement> RunAsync(HttpClient http, int clients, TimeSpan duration) =>
        Measurement.RunAsync(clients, duration, async client =>
        {
            using var response = await http.PostAsJsonAsync("/api/journeys", Referral(client));
            return Outcome.Of(response);
        });

    /// <summary>The same referral as a command, for journeys written straight to the store.</summary>
    public static SubmitSelfReferral Command(int client) =>
        new(
            "north",
            $"Benchmark Keyworker {client}",
            $"bench{client}@example.invalid",
            "07700 900123",
            "Synthetic Trust",
            Sector.Health,
            StaffGroup.Nursing,
            AgeBand.From35To44,
            Sex.Female,
            EthnicityGroup.NotStated,
            Disability.No,
            "Synthetic benchmark referral: trouble sleeping after night shifts on a busy ward.",
            true,
            false
        );

    /// <summary>The request body a browser sends (a fresh one each call: callers may change a field).</summary>
    public static Dictionary<string, object?> Referral(int client) =>
        new()
        {
            ["hubId"] = "north",
            ["name"] = $"Benchmark Keyworker {client}",
            ["email"] = $"bench{client}@example.invalid",
            ["phone"] = "07700 900123",
            ["organisation"] = "Synthetic Trust",
            ["sector"] = "health",
            ["staffGroup"] = "nursing",
            ["ageBand"] = "35-44",
            ["sex"] = "female",
            ["ethnicityGroup"] = "not-stated",
            ["disability"] = "no",
            ["helpWith"] = "Synthetic benchmark referral: trouble sleeping after night shifts on a busy ward.",
            ["consentToSupport"] = true,
            ["researchContact"] = false,
        };
}
