using System.Diagnostics;

namespace Hubs.Benchmarks.Clinic;

/// <summary>Requests one page repeatedly, one at a time, and returns the sorted times in milliseconds.</summary>
internal static class PageTimer
{
    public static int LastBytes { get; private set; }

    public static async Task<double[]> TimeAsync(HttpClient http, string path, int warmUp, int requests)
    {
        ArgumentNullException.ThrowIfNull(http);
        var uri = new Uri(path, UriKind.Relative);
        var times = new List<double>(requests);
        for (var i = 0; i < warmUp + requests; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await http.GetAsync(uri);
            var body = await response.Content.ReadAsByteArrayAsync();
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}.");
            }

            LastBytes = body.Length;
            if (i >= warmUp)
            {
                times.Add(elapsed);
            }
        }

        return [.. times.Order()];
    }
}
