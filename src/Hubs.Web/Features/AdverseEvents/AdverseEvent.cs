namespace Hubs.Web.Features.AdverseEvents;

/// <summary>One adverse event's response, an inline snapshot of its own stream; also the lists' read model.</summary>
public sealed record AdverseEvent(
    Guid Id,
    string HubId,
    string Department,
    DateOnly OccurredOn,
    int StaffInvolved,
    DateTimeOffset LoggedAt,
    int FirstContactTargetHours,
    IReadOnlyList<int> FollowUpDays
) : IStreamSnapshot
{
    public long Version { get; set; }

    public Guid? PeerSupporterId { get; init; }

    /// <summary>The sector of the department involved (null for events logged before it was asked).</summary>
    public Kernel.PartnerSector? Sector { get; init; }

    /// <summary>The assigned peer supporter's staff account: the only peer supporter who may see this event.</summary>
    public Guid? AssignedAccountId { get; init; }

    public DateTimeOffset? FirstContactAt { get; init; }

    public IReadOnlyList<int> FollowUpsDone { get; init; } = [];

    public IReadOnlyList<string> HandOverCodes { get; init; } = [];

    /// <summary>
    /// The journeys of staff who referred themselves with one of this event's codes and chose to link it; only the
    /// Hub's clinical staff see them, never the peer supporter.
    /// </summary>
    public IReadOnlyList<Guid> LinkedJourneyIds { get; init; } = [];

    /// <summary>The codes already taken up: each links one journey at most.</summary>
    public IReadOnlyList<string> LinkedCodes { get; init; } = [];

    /// <summary>Open until first contact and every check-in are recorded.</summary>
    public bool IsOpen => FirstContactAt is null || FollowUpDays.Except(FollowUpsDone).Any();

    public static AdverseEvent Create(AdverseEventLogged e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(
            e.EventId,
            e.HubId,
            e.Department,
            e.OccurredOn,
            e.StaffInvolved,
            e.LoggedAt,
            e.FirstContactTargetHours,
            e.FollowUpDays
        )
        {
            Sector = e.Sector,
        };
    }

    public AdverseEvent Apply(PeerSupporterAssigned e) =>
        this with
        {
            PeerSupporterId = e.PeerSupporterId,
            AssignedAccountId = e.AccountId,
        };

    public AdverseEvent Apply(FirstContactRecorded e) => this with { FirstContactAt = e.ContactedAt };

    public AdverseEvent Apply(FollowUpRecorded e) => this with { FollowUpsDone = [.. FollowUpsDone, e.DayMark] };

    public AdverseEvent Apply(SelfReferralHandOverOffered e) =>
        this with
        {
            HandOverCodes = [.. HandOverCodes, e.Code],
        };

    public AdverseEvent Apply(SelfReferralLinked e) =>
        this with
        {
            LinkedJourneyIds = [.. LinkedJourneyIds, e.JourneyId],
            LinkedCodes = [.. LinkedCodes, e.Code],
        };
}
