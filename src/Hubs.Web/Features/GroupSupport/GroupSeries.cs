using Hubs.Web.Features.Journeys;

namespace Hubs.Web.Features.GroupSupport;

/// <summary>One reflective group series, an inline snapshot of its own stream; also the lists' read model.</summary>
public sealed record GroupSeries(
    Guid Id,
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
) : IStreamSnapshot
{
    public long Version { get; set; }

    public IReadOnlyList<GroupMeeting> Meetings { get; init; } = [];

    public DateTimeOffset? GroundRulesAgreedAt { get; init; }

    public DateOnly? ProtectedTimeConfirmedOn { get; init; }

    public string? ProtectedTimeConfirmedBy { get; init; }

    /// <summary>Every meeting's rating code, for the rating page to find the series by.</summary>
    public IReadOnlyList<string> RatingCodes { get; init; } = [];

    /// <summary>The peer supporter's staff account when one facilitates: the only peer supporter who sees it.</summary>
    public Guid? FacilitatorAccountId { get; init; }

    public GroupMeeting? Meeting(Guid meetingId) => Meetings.FirstOrDefault(m => m.Id == meetingId);

    public static GroupSeries Create(GroupSeriesStarted e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(
            e.SeriesId,
            e.HubId,
            e.Kind,
            e.Department,
            e.Sector,
            e.Cadence,
            e.DurationMinutes,
            e.Facilitator,
            e.ProfessionMix,
            e.DepartmentMix,
            e.MinSize,
            e.MaxSize,
            e.StartedAt
        )
        {
            FacilitatorAccountId = e.Facilitator.AccountId,
        };
    }

    public GroupSeries Apply(ProtectedTimeConfirmed e) =>
        this with
        {
            ProtectedTimeConfirmedOn = e.ConfirmedOn,
            ProtectedTimeConfirmedBy = e.ConfirmedByRole,
        };

    public GroupSeries Apply(GroupMeetingScheduled e) =>
        this with
        {
            Meetings = [.. Meetings, new GroupMeeting(e.MeetingId, e.StartsAt)],
        };

    public GroupSeries Apply(GroupMeetingHeld e) =>
        Change(e.MeetingId, m =>
            m with
            {
                Status = MeetingStatus.Held,
                AttendanceCount = e.AttendanceCount,
                NamedWithConsent = e.NamedWithConsent,
            }
        );

    public GroupSeries Apply(GroupFacilitatorChanged e) =>
        this with
        {
            Facilitator = e.Facilitator,
            FacilitatorAccountId = e.Facilitator.AccountId,
        };

    public GroupSeries Apply(GroundRulesAgreed e) => this with { GroundRulesAgreedAt = e.RecordedAt };

    public GroupSeries Apply(GroupMeetingCancelled e) =>
        Change(e.MeetingId, m => m with { Status = MeetingStatus.Cancelled, CancelReason = e.Reason });

    public GroupSeries Apply(GroupMeetingRatingOpened e) =>
        Change(e.MeetingId, m => m with { RatingCode = e.Code }) with
        {
            RatingCodes = [.. RatingCodes, e.Code],
        };

    public GroupSeries Apply(GroupMeetingRated e) => Change(e.MeetingId, m => m.Rated(e));

    private GroupSeries Change(Guid meetingId, Func<GroupMeeting, GroupMeeting> change) =>
        this with
        {
            Meetings = [.. Meetings.Select(m => m.Id == meetingId ? change(m) : m)],
        };
}
