namespace Hubs.Web.Features.Journeys.OverseeingHub;

/// <summary>
/// The Hub-local calendar day of an instant, as <see cref="TimeZoneInfo.ConvertTime(DateTimeOffset, TimeZoneInfo)"/>
/// gives it, for the hundreds of thousands of times a busy Hub's waits count: the zone's offset is looked up once per
/// UTC day and reused while it holds for the whole day (every day but the few a year the clocks change, which are
/// converted one time at a time).
/// </summary>
internal sealed class LocalDays(TimeZoneInfo zone)
{
    private readonly Dictionary<int, TimeSpan?> offsets = [];

    public int Of(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        var day = DateOnly.FromDateTime(utc).DayNumber;
        if (!offsets.TryGetValue(day, out var offset))
        {
            var start = utc.Date;
            var (first, last) = (zone.GetUtcOffset(start), zone.GetUtcOffset(start.AddDays(1).AddTicks(-1)));
            offset = first == last ? first : null;
            offsets[day] = offset;
        }

        return offset is { } fixedOffset
            ? DateOnly.FromDateTime(utc + fixedOffset).DayNumber
            : DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime).DayNumber;
    }
}
