using Hubs.Insights.Features.HubWork;

namespace Hubs.Insights.Tests.HubWork;

/// <summary>A hand-worked cohort of Hub work, handed to the tables as the store would.</summary>
internal sealed class HubWorkCohort : IHubWorkSource
{
    public IReadOnlyList<AdverseEventFacts> AdverseEvents { get; init; } = [];

    public IReadOnlyList<WorkshopFacts> Workshops { get; init; } = [];

    public IReadOnlyList<ConsultationFacts> Consultations { get; init; } = [];

    public IReadOnlyList<OutreachFacts> Outreach { get; init; } = [];

    public Task<IReadOnlyList<AdverseEventFacts>> AdverseEventsAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) => Task.FromResult(AdverseEvents);

    public Task<IReadOnlyList<WorkshopFacts>> WorkshopsAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) => Task.FromResult(Workshops);

    public Task<IReadOnlyList<ConsultationFacts>> ConsultationsAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) => Task.FromResult(Consultations);

    public Task<IReadOnlyList<OutreachFacts>> OutreachAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) => Task.FromResult(Outreach);
}
