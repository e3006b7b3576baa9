using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Kernel;
using Hubs.Web.Features.TeamActivities.RatingTeamSession;

namespace Hubs.Web.Features.GroupSupport;

/// <summary>
/// Who facilitates a series. A clinician or a peer supporter is a record of the Hub (<c>FacilitatorId</c>; a peer
/// supporter's staff account too, so their sign-in finds the series); an external intervisor is named by role only.
/// </summary>
public sealed record GroupFacilitator(FacilitatorKind Kind, Guid? FacilitatorId, Guid? AccountId, string? ExternalRole);

/// <summary>
/// A recurring reflective group started in a Hub: its kind, the department that hosts it (a short organisational
/// label, never a person) and its sector, how often and how long it meets, who facilitates, its composition and
/// size limits. Members are never listed: attendance is a count per meeting.
/// </summary>
public sealed record GroupSeriesStarted(
    Guid SeriesId,
    string HubId,
    GroupKind Kind,
    string Department,
    Sector Sector,
    GroupCadence Cadence,
    int DurationMinutes,
    GroupFacilitator Facilitator,
    GroupMix ProfessionMix,
    GroupMix DepartmentMix,
    int MinSize,
    int MaxSize,
    DateTimeOffset StartedAt
) : IPeerSupportEvent;

/// <summary>The department confirmed protected time for the group, by a role (a ward manager), never a name.</summary>
public sealed record ProtectedTimeConfirmed(
    Guid SeriesId,
    DateOnly ConfirmedOn,
    string ConfirmedByRole,
    DateTimeOffset RecordedAt
) : IPeerSupportEvent;

public sealed record GroupMeetingScheduled(Guid SeriesId, Guid MeetingId, DateTimeOffset StartsAt, DateTimeOffset At)
    : IPeerSupportEvent;

/// <summary>
/// The meeting took place: how many came, and the names of only those members who agreed, at the meeting, to be
/// named (none by default).
/// </summary>
public sealed record GroupMeetingHeld(
    Guid SeriesId,
    Guid MeetingId,
    int AttendanceCount,
    IReadOnlyList<string> NamedWithConsent,
    DateTimeOffset RecordedAt
) : IPeerSupportEvent;

/// <summary>
/// At the meeting the group agreed its ground rules: confidentiality inside the group, no reporting to managers.
/// </summary>
public sealed record GroundRulesAgreed(Guid SeriesId, Guid MeetingId, DateTimeOffset RecordedAt) : IPeerSupportEvent;

public sealed record GroupMeetingCancelled(
    Guid SeriesId,
    Guid MeetingId,
    MeetingCancellationReason Reason,
    DateTimeOffset RecordedAt
) : IPeerSupportEvent;

/// <summary>
/// The facilitator opened the meeting's anonymous rating: the code members are given (it names nobody).
/// </summary>
public sealed record GroupMeetingRatingOpened(Guid SeriesId, Guid MeetingId, string Code, DateTimeOffset OpenedAt)
    : IPeerSupportEvent;

/// <summary>
/// One anonymous answer to the meeting's rating (found it useful, felt safe): nothing about who gave it.
/// </summary>
public sealed record GroupMeetingRated(
    Guid SeriesId,
    Guid MeetingId,
    SessionValue Useful,
    FeltSafe Safe,
    DateTimeOffset RatedAt
) : IPeerSupportEvent;

/// <summary>
/// The Hub's lead handed the series to another facilitator (a peer supporter who facilitated it no longer sees it).
/// </summary>
public sealed record GroupFacilitatorChanged(Guid SeriesId, GroupFacilitator Facilitator, DateTimeOffset ChangedAt)
    : IPeerSupportEvent;
