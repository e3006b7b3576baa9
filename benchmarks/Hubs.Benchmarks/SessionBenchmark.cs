using System.Net.Http.Json;

namespace Hubs.Benchmarks;

/// <summary>
/// POST /api/journeys/{id}/sessions as the journey's clinician, with PHQ-9 and GAD-7 totals and a note, each against
/// the next attended appointment of the client's own journeys (the version carried in If-Match, as a page does).
/// Every attempt uses up an appointment, answered or not, so the queues are topped up before each run from the
/// fastest rate of attempts seen so far (twice what the run could use, <see cref="EnsureAsync"/>).
/// </summary>
internal sealed class SessionBenchmark(HttpClient http, SessionJourneys journeys, int clients, double firstGuess)
{
    private readonly Dictionary<Guid, long> _versions = [];
    private double _attemptsPerClientSecond = firstGuess;

    /// <summary>Tops the queues up for a run of <paramref name="duration"/>; the journeys added.</summary>
    public Task<int> EnsureAsync(TimeSpan duration) =>
        journeys.TopUpAsync((int)Math.Ceiling(2 * _attemptsPerClientSecond * duration.TotalSeconds) + 8);

    /// <summary>
    /// A warm-up in parts of at most five seconds, topped up before each (the first guess may be low).
    /// </summary>
    public async Task<Measurement> WarmAsync(TimeSpan duration)
    {
        var warmed = Measurement.None;
        for (var left = duration; left > TimeSpan.Zero; left -= TimeSpan.FromSeconds(5))
        {
            var part = left < TimeSpan.FromSeconds(5) ? left : TimeSpan.FromSeconds(5);
            await EnsureAsync(part);
            warmed = warmed.Plus(await RunAsync(part));
        }

        return warmed;
    }

    public async Task<Measurement> RunAsync(TimeSpan duration)
    {
        var measured = await Measurement.RunAsync(clients, duration, RecordAsync);
        _attemptsPerClientSecond = Math.Max(_attemptsPerClientSecond, measured.AttemptsPerSecond / clients);
        return measured;
    }

    private async Task<string> RecordAsync(int client)
    {
        var queue = journeys.Queues[client];
        if (!queue.TryDequeue(out var next))
        {
            return Outcome.NoWork;
        }

        long version;
        lock (_versions)
        {
            version = _versions.GetValueOrDefault(next.Journey, journeys.PreparedVersion);
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
        if (response.IsSuccessStatusCode && response.Headers.ETag?.Tag.Trim('"') is { } etag)
        {
            lock (_versions)
            {
                _versions[next.Journey] = long.Parse(etag, System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        else
        {
            // The journey's version is no longer known: its other appointments would all fail on If-Match.
            while (queue.TryPeek(out var rest) && rest.Journey == next.Journey)
            {
                queue.Dequeue();
            }
        }

        return Outcome.Of(response);
    }
}
