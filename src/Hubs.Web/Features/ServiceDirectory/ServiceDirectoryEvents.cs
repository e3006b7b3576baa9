namespace Hubs.Web.Features.ServiceDirectory;

/// <summary>
/// Marks an event of a directory entry's stream (<see cref="ServiceListing"/> applies each of them). A Hub's list of
/// other services is organisational information, not personal data, so nothing here is sealed.
/// </summary>
#pragma warning disable CA1040 // A marker on purpose: the stream guard refuses unmarked events.
public interface IServiceDirectoryEvent;
#pragma warning restore CA1040

public sealed record ServiceListed(
    Guid ServiceId,
    string HubId,
    DateTimeOffset ListedAt,
    Guid ListedBy,
    ServiceDetails Details
) : IServiceDirectoryEvent;

public sealed record ServiceListingChanged(
    Guid ServiceId,
    DateTimeOffset ChangedAt,
    Guid ChangedBy,
    ServiceDetails Details
) : IServiceDirectoryEvent;

/// <summary>No longer offered for new referrals; journeys that named it still show it.</summary>
public sealed record ServiceListingArchived(Guid ServiceId, DateTimeOffset ArchivedAt, Guid ArchivedBy)
    : IServiceDirectoryEvent;

/// <summary>
/// What the Hub tells clinicians about a service: its kind, name, how to refer, who it is for, contact.
/// </summary>
public sealed record ServiceDetails(
    ServiceKind Kind,
    string Name,
    string HowToRefer,
    string? Eligibility,
    string? Contact
);
