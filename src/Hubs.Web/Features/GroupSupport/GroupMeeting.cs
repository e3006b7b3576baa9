using Hubs.Web.Features.TeamActivities.RatingTeamSession;

namespace Hubs.Web.Features.GroupSupport;

/// <summary>One meeting of a series, as its snapshot holds it.</summary>
public sealed record GroupMeeting(Guid Id, DateTimeOffset StartsAt)
{
    public MeetingStatus Status { get; init; }

    public int? AttendanceCount { get; init; }

    /// <summary>Only members who agreed at the meeting to be named; empty by default.</summary>
    public IReadOnlyList<string> NamedWithConsent { get; init; } = [];

    public MeetingCancellationReason? CancelReason { get; init; }

    public string? RatingCode { get; init; }

    public int Ratings { get; init; }

    /// <summary>Answers that found it quite or very useful.</summary>
    public int FoundUseful { get; init; }

    /// <summary>Answers that felt safe (yes).</summary>
    public int FeltSafe { get; init; }

    public GroupMeeting Rated(GroupMeetingRated e) =>
        this with
        {
            Ratings = Ratings + 1,
            FoundUseful = FoundUseful + (e.Useful >= SessionValue.Quite ? 1 : 0),
            FeltSafe = FeltSafe + (e.Safe == Codes.FeltSafe.Yes ? 1 : 0),
        };
}
