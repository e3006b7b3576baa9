using Hubs.Web.Features.Journeys.Access;

namespace Hubs.Web.Features.Journeys.ReadModels;

/// <summary>The Hub's lists. They carry no personal data, so listing is not audited; opening a journey is.</summary>
public static class QueueEndpoints
{
    public static IEndpointRouteBuilder MapQueues(this IEndpointRouteBuilder routes)
    {
        routes
            .MapGet("/api/triage", TriageQueue.ReadAsync)
            .DescribesRead<List<TriageQueueRow>>()
            .WithName("TriageQueue")
            .WithTags("Queues")
            .WithSummary("Referrals awaiting triage in a Hub: raised risk first, then the longest wait.");
        routes
            .MapGet("/api/waiting-list", WaitingList.ReadAsync)
            .DescribesRead<List<WaitingListRow>>()
            .WithName("WaitingList")
            .WithTags("Queues")
            .WithSummary("Journeys waiting for assessment or treatment in a Hub, with days waited since referral.");
        routes
            .MapGet("/api/caseload", Caseload.ReadAsync)
            .DescribesRead<List<CaseloadEntry>>()
            .WithName("Caseload")
            .WithTags("Queues")
            .WithSummary("A clinician's open journeys.");
        return routes;
    }

    /// <summary>A Hub's list answers staff of that Hub only; another Hub's is refused, not shown empty.</summary>
    internal static async Task<IResult> HubListAsync<TRow>(
        string hubId,
        StaffMember staff,
        TimeProvider clock,
        Func<DateTimeOffset, Task<List<TRow>>> list
    )
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(list);
        return hubId != staff.HubId ? JourneyProblems.OtherHub() : TypedResults.Ok(await list(clock.GetUtcNow()));
    }

    internal static int DaysSince(DateTimeOffset from, DateTimeOffset now) => (int)(now - from).TotalDays;
}
