using System.Collections.Concurrent;
using System.Diagnostics;

namespace Hubs.Web.Tests.Journeys;

/// <summary>
/// The PostgreSQL round trips one request makes: Npgsql's activities under the trace the request names in its
/// <c>traceparent</c> header (benchmarks/SCALE.md, the write path).
/// </summary>
internal sealed class RoundTripLog : IDisposable
{
    private readonly ActivityTraceId _trace = ActivityTraceId.CreateRandom();
    private readonly ConcurrentQueue<string> _commands = new();
    private readonly ActivityListener _listener;

    public RoundTripLog()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Npgsql" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                if (activity.Source.Name == "Npgsql" && activity.TraceId == _trace)
                {
                    _commands.Enqueue(activity.GetTagItem("db.query.text") as string ?? activity.DisplayName);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>The header value that puts a request under this log's trace.</summary>
    public string TraceParent => $"00-{_trace}-{ActivitySpanId.CreateRandom()}-01";

    public int Count => _commands.Count;

    public override string ToString() =>
        $"{_commands.Count} round trips:\n{string.Join("\n", _commands.Select(c => c[..Math.Min(c.Length, 120)]))}";

    public void Dispose() => _listener.Dispose();
}
