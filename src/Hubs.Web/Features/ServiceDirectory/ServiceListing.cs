namespace Hubs.Web.Features.ServiceDirectory;

/// <summary>
/// One service in a Hub's directory: an inline snapshot of its own stream (so every change has a version for
/// If-Match), also the directory's read model.
/// </summary>
public sealed record ServiceListing(Guid Id, string HubId, ServiceDetails Details)
{
    public long Version { get; set; }

    public bool Archived { get; init; }

    public DateTimeOffset? ChangedAt { get; init; }

    public static ServiceListing Create(ServiceListed e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.ServiceId, e.HubId, e.Details) { ChangedAt = e.ListedAt };
    }

    public ServiceListing Apply(ServiceListingChanged e) => this with { Details = e.Details, ChangedAt = e.ChangedAt };

    public ServiceListing Apply(ServiceListingArchived e) => this with { Archived = true, ChangedAt = e.ArchivedAt };
}
