using System.Diagnostics;
using Hubs.Web.Features.Journeys.Searching;
using Hubs.Web.Features.Privacy;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Benchmarks.Clinic;

/// <summary>
/// Staff search over the whole synthetic Hub, as the search page runs it (its first <see cref="StaffSearch.Shown"/>
/// matches confirmed by unsealing): the first once the key cache has expired (every data key it reads fetched and
/// unwrapped), then repeated ones within the cache.
/// </summary>
internal static class SearchTimer
{
    public static async Task<(double First, double[] Sorted)> TimeAsync(IServiceProvider services, int searches) =>
        await TimeAsync(services, SyntheticHub.HubId, "synthetic 17", searches);

    /// <summary>The same for any Hub and search text (the scale benchmark's national data set).</summary>
    public static async Task<(double First, double[] Sorted)> TimeAsync(
        IServiceProvider services,
        string hubId,
        string text,
        int searches
    )
    {
        var store = services.GetRequiredService<IDocumentStore>();
        var keys = services.GetRequiredService<KeyworkerKeys>();
        var query = StaffSearchQuery.Read(text, null, null, null).Query!;
        var times = new List<double>(searches);
        double first = 0;
        await Task.Delay(KeyworkerKeys.CacheFor + TimeSpan.FromSeconds(1));
        for (var i = 0; i <= searches; i++)
        {
            await using var session = store.QuerySession();
            var clock = Stopwatch.StartNew();
            var found = await JourneySearch.FindAsync(session, keys, hubId, query, StaffSearch.Shown, default);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (found.Matches.Count == 0)
            {
                throw new InvalidOperationException("The search found nobody.");
            }

            if (i == 0)
            {
                first = elapsed;
            }
            else
            {
                times.Add(elapsed);
            }
        }

        return (first, [.. times.Order()]);
    }
}
