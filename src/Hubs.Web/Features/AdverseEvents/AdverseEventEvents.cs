using Hubs.Web.Features.Kernel;

namespace Hubs.Web.Features.AdverseEvents;

/// <summary>
/// A patient-safety incident touched a Hub's staff: the department (a short label, never a person), the day it
/// happened and how many staff were involved (a count, never names). It starts the response clock: first contact
/// within the Hub's target, then check-ins so many days after that contact, both fixed when it is logged.
/// </summary>
public sealed record AdverseEventLogged(
    Guid EventId,
    string HubId,
    string Department,
    DateOnly OccurredOn,
    int StaffInvolved,
    DateTimeOffset LoggedAt,
    int FirstContactTargetHours,
    IReadOnlyList<int> FollowUpDays,
    Kernel.PartnerSector? Sector = null
) : IPeerSupportEvent;

/// <summary>A peer supporter from the register takes the event on (a later assignment hands it over).</summary>
public sealed record PeerSupporterAssigned(
    Guid EventId,
    Guid PeerSupporterId,
    Guid AccountId,
    DateTimeOffset AssignedAt
) : IPeerSupportEvent;

/// <summary>
/// The peer supporter first reached the staff involved (psychological first aid, offer of peer support).
/// </summary>
public sealed record FirstContactRecorded(Guid EventId, DateTimeOffset ContactedAt, DateTimeOffset RecordedAt)
    : IPeerSupportEvent;

/// <summary>The check-in due <c>DayMark</c> days after first contact took place.</summary>
public sealed record FollowUpRecorded(Guid EventId, int DayMark, DateTimeOffset CheckedInAt, DateTimeOffset RecordedAt)
    : IPeerSupportEvent;

/// <summary>
/// A member of staff chose to refer themselves: they were given a one-off code for the ordinary self-referral.
/// The code names nobody; whether their journey is linked back to this event is theirs to decide in that form.
/// </summary>
public sealed record SelfReferralHandOverOffered(Guid EventId, string Code, DateTimeOffset OfferedAt)
    : IPeerSupportEvent;

/// <summary>
/// A member of staff referred themselves with this event's hand-over code and chose (a consent on the form) to link
/// their journey to the event. Without that choice nothing is recorded here; the journey's own stream never names
/// the event.
/// </summary>
public sealed record SelfReferralLinked(Guid EventId, string Code, Guid JourneyId, DateTimeOffset LinkedAt)
    : IPeerSupportEvent;
