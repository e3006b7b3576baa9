namespace Hubs.Insights.Features.GroupSupport;

/// <summary>
/// One reflective group meeting that is over: its pseudonymous key, Hub, month, the series' kind and sector, whether it
/// was held (with its head count) or cancelled, and its anonymous ratings counted (answers, found it useful, felt
/// safe). Never the department, facilitator, a name or an exact date.
/// </summary>
public sealed record GroupMeetingFacts(
    string Key,
    string HubId,
    string Month,
    string Kind,
    string Sector,
    bool Held,
    int Attendance,
    int Ratings,
    int FoundUseful,
    int FeltSafe
);

/// <summary>Where the reflective groups table gets its meetings (the Insights store; tests give cohorts).</summary>
public interface IGroupSupportSource
{
    Task<IReadOnlyList<GroupMeetingFacts>> MeetingsAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    );
}

/// <summary>No group meetings: the source of a query layer built without the store.</summary>
public sealed class NoGroupSupport : IGroupSupportSource
{
    public static NoGroupSupport Instance { get; } = new();

    public Task<IReadOnlyList<GroupMeetingFacts>> MeetingsAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) => Task.FromResult<IReadOnlyList<GroupMeetingFacts>>([]);
}
