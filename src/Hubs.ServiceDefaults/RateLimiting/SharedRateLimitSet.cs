namespace Hubs.ServiceDefaults.RateLimiting;

/// <summary>The host's policies by name, for the middleware that works out a request's account.</summary>
internal sealed class SharedRateLimitSet(IEnumerable<SharedRateLimit> limits)
{
    private readonly Dictionary<string, SharedRateLimit> byName = limits.ToDictionary(
        limit => limit.Name,
        StringComparer.Ordinal
    );

    public SharedRateLimit? Find(string name) => byName.GetValueOrDefault(name);
}
