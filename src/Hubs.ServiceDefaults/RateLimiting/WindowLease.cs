using System.Threading.RateLimiting;

namespace Hubs.ServiceDefaults.RateLimiting;

/// <summary>A permit of <see cref="SharedWindowLimiter"/>: granted, or refused with when the window ends.</summary>
internal sealed class WindowLease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
{
    public static readonly WindowLease Granted = new(true, null);

    public static readonly WindowLease Deferred = new(false, null);

    public override bool IsAcquired => acquired;

    public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

    public static WindowLease Refused(TimeSpan retryAfter) => new(false, retryAfter);

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        var known = retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        metadata = known ? retryAfter : null;
        return known;
    }
}
