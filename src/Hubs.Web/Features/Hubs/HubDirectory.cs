namespace Hubs.Web.Features.Hubs;

/// <summary>One staff well-being Hub (a tenant) this deployment hosts.</summary>
public sealed record HubEntry(string Id, string Name);

/// <summary>
/// The Hubs this deployment hosts, from the configuration array <c>Hubs:Directory</c>
/// (e.g. <c>Hubs__Directory__0__Id=north</c>, <c>Hubs__Directory__0__Name=North Hub</c>).
/// Configuration, not a table, so every replica agrees without coordination.
/// </summary>
public sealed class HubDirectory(IReadOnlyList<HubEntry> hubs)
{
    public const string Section = "Hubs:Directory";

    public IReadOnlyList<HubEntry> Hubs { get; } = hubs;

    public bool Contains(string? hubId) => hubId is not null && Hubs.Any(h => h.Id == hubId);
}
