namespace Hubs.Web.Features.ServiceDirectory.MaintainingDirectory;

/// <summary>
/// A directory entry is listed, changed and archived, never deleted: journeys that named it keep pointing at it.
/// </summary>
public static class ServiceDirectoryDecisions
{
    public static ServiceListed List(
        DescribeService command,
        Guid serviceId,
        string hubId,
        Guid adminId,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(command);
        return new ServiceListed(serviceId, hubId, now, adminId, command.Details());
    }

    public static Decision Change(ServiceListing listing, DescribeService command, Guid adminId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(command);
        return listing.Archived
            ? Archived()
            : Decision.Accept(new ServiceListingChanged(listing.Id, now, adminId, command.Details()));
    }

    public static Decision Archive(ServiceListing listing, Guid adminId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return listing.Archived ? Archived() : Decision.Accept(new ServiceListingArchived(listing.Id, now, adminId));
    }

    private static Decision Archived() =>
        Decision.Refuse("service-archived", "This service is archived: list it again as a new entry.");
}
