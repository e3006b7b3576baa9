using Marten;

namespace Hubs.Web.Features.Journeys.ReadModels;

/// <summary>The Hub's lists. They carry no personal data, so listing is not audited; opening a journey is.</summary>
public static class QueueEndpoints
{
    public static IEndpointRouteBuilder MapQueues(this IEndpointRouteBuilder routes)
    {
        routes
            .MapGet("/api/triage", HubList<TriageQueueRow>(TriageQueue.ListAsync))
            .DescribesRead<List<TriageQueueRow>>()
            .WithName("TriageQueue")
            .WithTags("Queues")
            .WithSummary("Referrals awaiting triage in a Hub: raised risk first, then the longest wait.");
        routes
            .MapGet("/api/waiting-list", WaitingListEndpoint.ReadAsync)
            .DescribesRead<List<WaitingListRow>>()
            .ProducesValidationProblem()
            .WithName("WaitingList")
            .WithTags("Queues")
            .WithSummary(
                "Journeys waiting for assessment or treatment in a Hub, longest wait first, with days waited since "
                    + "referral: the whole list, or a page of it (page, pageSize); X-Total-Count is the list's length."
            );
        routes
            .MapGet("/api/caseload", Caseload.ReadAsync)
            .DescribesRead<List<CaseloadEntry>>()
            .WithName("Caseload")
            .WithTags("Queues")
            .WithSummary("A clinician's open journeys.");
        return routes;
    }

    /// <summary>
    /// The endpoint of a Hub's list (<c>?hubId=</c>): it answers staff of that Hub only; another Hub's is refused, not
    /// shown empty.
    /// </summary>
    private static Delegate HubList<TRow>(
        Func<IQuerySession, string, DateTimeOffset, CancellationToken, Task<List<TRow>>> list
    ) =>
        async (string hubId, StaffMember staff, IQuerySession session, TimeProvider clock, CancellationToken ct) =>
            hubId != staff.HubId
                ? JourneyProblems.OtherHub()
                : TypedResults.Ok(await list(session, hubId, clock.GetUtcNow(), ct));

    internal static int DaysSince(DateTimeOffset from, DateTimeOffset now) => (int)(now - from).TotalDays;
}
