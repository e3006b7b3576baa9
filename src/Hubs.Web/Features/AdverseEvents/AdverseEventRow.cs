namespace Hubs.Web.Features.AdverseEvents;

/// <summary>
/// One event as the lead's list and the API show it: the response clock as of now and who supports it.
/// </summary>
public sealed record AdverseEventRow(
    Guid Id,
    string Department,
    DateOnly OccurredOn,
    int StaffInvolved,
    DateTimeOffset LoggedAt,
    Guid? PeerSupporterId,
    string? PeerSupporterName,
    DateTimeOffset? FirstContactAt,
    IReadOnlyList<int> FollowUpsDone,
    ResponseDue Next,
    long Version,
    IReadOnlyList<Guid> LinkedJourneys
)
{
    /// <summary>The row as its peer supporter sees it: never which journeys followed the event.</summary>
    public AdverseEventRow ForPeerSupporter() => this with { LinkedJourneys = [] };

    public static AdverseEventRow Of(AdverseEvent e, IReadOnlyList<PeerSupporter> register, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(register);
        return new(
            e.Id,
            e.Department,
            e.OccurredOn,
            e.StaffInvolved,
            e.LoggedAt,
            e.PeerSupporterId,
            register.FirstOrDefault(p => p.Id == e.PeerSupporterId)?.Name,
            e.FirstContactAt,
            e.FollowUpsDone,
            ResponseClock.Next(e, now),
            e.Version,
            e.LinkedJourneyIds
        );
    }
}
