namespace Hubs.Testing;

/// <summary>
/// A clock a test moves by hand (registered as the hosts' <see cref="TimeProvider"/>), so anything due "in two
/// days" is tested by moving time, not by sleeping. Only wall-clock time is faked; timers and delays are real.
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private long _utcTicks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref _utcTicks, now.UtcTicks);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _utcTicks, by.Ticks);
}
