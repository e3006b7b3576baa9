using System.Net.Http.Json;

namespace Hubs.Benchmarks;

/// <summary>
/// POST /api/journeys/{id}/sessions as the journey's clinician, with PHQ-9 and GAD-7 totals and a note, each against
/// the next attended appointment of the client's own journeys (the version carried in If-Match, as a page does).
/// </summary>
internal sealed class SessionBenchmark(
    HttpClient http,
    Queue<(Guid Journey, Guid Appointment)>[] work,
    long preparedVersion
)
{
    private readonly Dictionary<Guid, long> _versions = [];

    public Task<Measurement> RunAsync(int clients, TimeSpan duration) =>
        Measurement.RunAsync(clients, duration, async client =>
        {
            if (!work[client].TryDequeue(out var next))
            {
                throw new InvalidOperationException("Too few prepared appointments for the run: prepare more.");
            }

            long version;
            lock (_versions)
            {
                version = _versions.GetValueOrDefault(next.Journey, preparedVersion);
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/journeys/{next.Journey}/sessions")
            {
                Content = JsonContent.Create(
                    new
                    {
                        appointmentId = next.Appointment,
                        phq9Total = 9,
                        gad7Total = 7,
                        notes = "Synthetic benchmark session: worked on a sleep diary and a wind-down routine.",
                    }
                ),
            };
            request.Headers.IfMatch.Add(new($"\"{version}\""));

            using var response = await http.SendAsync(request);
            if (response.Headers.ETag?.Tag.Trim('"') is { } etag)
            {
                lock (_versions)
                {
                    _versions[next.Journey] = long.Parse(etag, System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            return response.IsSuccessStatusCode;
        });
}
