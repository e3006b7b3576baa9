namespace Hubs.Web.Features.Hubs;

/// <summary>
/// One staff well-being Hub (a tenant) this deployment hosts, with its opening hours (local time;
/// unset means <see cref="OpeningHours"/>' default).
/// </summary>
public sealed record HubEntry(
    string Id,
    string Name,
    TimeOnly? Opens = null,
    TimeOnly? Closes = null,
    DayOfWeek[]? OpenDays = null
);

/// <summary>
/// The Hubs this deployment hosts, from the configuration array <c>Hubs:Directory</c>
/// (e.g. <c>Hubs__Directory__0__Id=north</c>, <c>Hubs__Directory__0__Name=North Hub</c>,
/// <c>Hubs__Directory__0__Opens=08:00</c>, <c>Hubs__Directory__0__Closes=20:00</c>,
/// <c>Hubs__Directory__0__OpenDays__0=Monday</c> …).
/// Configuration, not a table, so every replica agrees without coordination.
/// </summary>
public sealed class HubDirectory(IReadOnlyList<HubEntry> hubs, TimeZoneInfo zone)
{
    public const string Section = "Hubs:Directory";

    public IReadOnlyList<HubEntry> Hubs { get; } = hubs;

    public bool Contains(string? hubId) => hubId is not null && Hubs.Any(h => h.Id == hubId);

    public OpeningHours HoursOf(string hubId)
    {
        var hub = Hubs.FirstOrDefault(h => h.Id == hubId);
        return new OpeningHours(
            hub?.Opens ?? OpeningHours.DefaultOpens,
            hub?.Closes ?? OpeningHours.DefaultCloses,
            hub?.OpenDays is { Length: > 0 } days ? days.ToHashSet() : OpeningHours.Weekdays,
            zone
        );
    }
}
