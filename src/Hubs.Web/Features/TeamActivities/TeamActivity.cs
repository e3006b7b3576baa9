namespace Hubs.Web.Features.TeamActivities;

public enum TeamActivityStatus
{
    Planned,
    Held,
    Cancelled,
}

/// <summary>One team activity's state, an inline snapshot of its own stream; also the list's read model.</summary>
public sealed record TeamActivity(
    Guid Id,
    string HubId,
    TeamActivityKind Kind,
    string Team,
    DateTimeOffset StartsAt,
    int DurationMinutes,
    Guid FacilitatorId
) : IStreamSnapshot
{
    public long Version { get; set; }

    public TeamActivityStatus Status { get; init; }

    public int? AttendanceCount { get; init; }

    /// <summary>The one-minute rating's code, once the Hub has opened it (<c>RatingTeamSession</c>).</summary>
    public string? RatingCode { get; init; }

    /// <summary>How many have answered the rating: never more than attended.</summary>
    public int Ratings { get; init; }

    public static TeamActivity Create(TeamActivityPlanned e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.ActivityId, e.HubId, e.Kind, e.Team, e.StartsAt, e.DurationMinutes, e.FacilitatorId);
    }

    public TeamActivity Apply(TeamActivityHeld e) =>
        this with
        {
            Status = TeamActivityStatus.Held,
            AttendanceCount = e.AttendanceCount,
        };

    public TeamActivity Apply(TeamActivityCancelled e) => this with { Status = TeamActivityStatus.Cancelled };

    public TeamActivity Apply(RatingTeamSession.TeamSessionRatingOpened e) => this with { RatingCode = e.Code };

    public TeamActivity Apply(RatingTeamSession.TeamSessionRated e) => this with { Ratings = Ratings + 1 };
}
