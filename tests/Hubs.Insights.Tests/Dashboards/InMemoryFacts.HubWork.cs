using Hubs.Insights.Features.GroupSupport;
using Hubs.Insights.Features.HubWork;

namespace Hubs.Insights.Tests.Dashboards;

/// <summary>The Hub work and reflective group meetings the store would hold, set by the test.</summary>
internal sealed partial class InMemoryFacts : IHubWorkSource, IGroupSupportSource
{
    private volatile HubWorkCohortFacts hubWork = new();

    public void SetHubWork(HubWorkCohortFacts facts) => hubWork = facts;

    public Task<IReadOnlyList<AdverseEventFacts>> AdverseEventsAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) => Of(hubWork.AdverseEvents, e => e.HubId, hubIds);

    public Task<IReadOnlyList<WorkshopFacts>> WorkshopsAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) => Of(hubWork.Workshops, w => w.HubId, hubIds);

    public Task<IReadOnlyList<ConsultationFacts>> ConsultationsAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) => Of(hubWork.Consultations, c => c.HubId, hubIds);

    public Task<IReadOnlyList<OutreachFacts>> OutreachAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) => Of(hubWork.Outreach, o => o.HubId, hubIds);

    public Task<IReadOnlyList<GroupMeetingFacts>> MeetingsAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) => Of(hubWork.Meetings, m => m.HubId, hubIds);

    private static Task<IReadOnlyList<T>> Of<T>(
        IEnumerable<T> facts,
        Func<T, string> hub,
        IReadOnlySet<string> hubIds
    ) => Task.FromResult<IReadOnlyList<T>>([.. facts.Where(f => hubIds.Contains(hub(f)))]);
}

/// <summary>Hub work of every kind, as the store would read it.</summary>
internal sealed record HubWorkCohortFacts
{
    public IReadOnlyList<AdverseEventFacts> AdverseEvents { get; init; } = [];

    public IReadOnlyList<WorkshopFacts> Workshops { get; init; } = [];

    public IReadOnlyList<ConsultationFacts> Consultations { get; init; } = [];

    public IReadOnlyList<OutreachFacts> Outreach { get; init; } = [];

    public IReadOnlyList<GroupMeetingFacts> Meetings { get; init; } = [];
}
