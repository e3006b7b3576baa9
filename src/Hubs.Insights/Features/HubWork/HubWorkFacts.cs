namespace Hubs.Insights.Features.HubWork;

/// <summary>
/// One adverse event's response: its pseudonymous key, Hub, month logged, band of staff involved, first contact's
/// band of hours and whether within the Hub's target (null before first contact), check-ins done, hand-overs
/// into self-referral offered and the department's sector code (null when not given). Never the department, a name
/// or a date.
/// </summary>
public sealed record AdverseEventFacts(
    string Key,
    string HubId,
    string Month,
    string StaffInvolved,
    string? ResponseBand,
    bool? WithinTarget,
    int FollowUps,
    int HandOvers,
    string? Sector = null
);

/// <summary>
/// One resilience workshop that was held: its key, Hub, month, places booked and attended, coaching calls held, and
/// its participants' measures paired before and after, with how many of those bands got better or worse.
/// </summary>
public sealed record WorkshopFacts(
    string Key,
    string HubId,
    string Month,
    int Booked,
    int Attended,
    int CoachingCalls,
    int Paired,
    int Better,
    int Worse
);

/// <summary>
/// One consultation: its key, Hub, month, advice area, whether about a team, the manager's organisation type and
/// sector, and whether a team session followed.
/// </summary>
public sealed record ConsultationFacts(
    string Key,
    string HubId,
    string Month,
    string AdviceArea,
    bool AboutTeam,
    string OrganisationType,
    string Sector,
    bool TeamSessionFollowed
);

/// <summary>One outreach contact: its key, Hub, month, kind, organisation type, sector and head count.</summary>
public sealed record OutreachFacts(
    string Key,
    string HubId,
    string Month,
    string Kind,
    string OrganisationType,
    string Sector,
    int Attendees
);

/// <summary>
/// Where the Hub work tables get their records (the Insights store; tests give cohorts of their own).
/// </summary>
public interface IHubWorkSource
{
    Task<IReadOnlyList<AdverseEventFacts>> AdverseEventsAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    );

    Task<IReadOnlyList<WorkshopFacts>> WorkshopsAsync(IReadOnlySet<string> hubIds, CancellationToken cancellationToken);

    Task<IReadOnlyList<ConsultationFacts>> ConsultationsAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    );

    Task<IReadOnlyList<OutreachFacts>> OutreachAsync(IReadOnlySet<string> hubIds, CancellationToken cancellationToken);
}

/// <summary>No Hub work: the source of a query layer built without the store.</summary>
public sealed class NoHubWork : IHubWorkSource
{
    public static NoHubWork Instance { get; } = new();

    public Task<IReadOnlyList<AdverseEventFacts>> AdverseEventsAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) => Task.FromResult<IReadOnlyList<AdverseEventFacts>>([]);

    public Task<IReadOnlyList<WorkshopFacts>> WorkshopsAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) => Task.FromResult<IReadOnlyList<WorkshopFacts>>([]);

    public Task<IReadOnlyList<ConsultationFacts>> ConsultationsAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) => Task.FromResult<IReadOnlyList<ConsultationFacts>>([]);

    public Task<IReadOnlyList<OutreachFacts>> OutreachAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) => Task.FromResult<IReadOnlyList<OutreachFacts>>([]);
}
