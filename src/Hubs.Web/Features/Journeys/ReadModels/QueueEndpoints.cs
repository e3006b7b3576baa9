using Hubs.Web.Features.Journeys.Api;
using Hubs.Web.Features.Questionnaires;
using Marten;

namespace Hubs.Web.Features.Journeys.ReadModels;

public sealed record TriageQueueRow(Guid JourneyId, JourneyStatus Status, RiskLevel Risk, DateTimeOffset SubmittedAt, int DaysWaited);

public sealed record WaitingListRow(Guid JourneyId, WaitingFor WaitingFor, Guid? ClinicianId, DateTimeOffset SubmittedAt, int DaysWaited);

/// <summary>The Hub's lists. They carry no personal data, so listing is not audited; opening a journey is.</summary>
public static class QueueEndpoints
{
    public static IEndpointRouteBuilder MapQueues(this IEndpointRouteBuilder routes, Action<RouteHandlerBuilder> secure)
    {
        ArgumentNullException.ThrowIfNull(secure);
        secure(routes.MapGet("/api/triage", TriageAsync).DescribesRead<List<TriageQueueRow>>().WithName("TriageQueue").WithTags("Queues")
            .WithSummary("Referrals awaiting triage in a Hub: raised risk first, then the longest wait."));
        secure(routes.MapGet("/api/waiting-list", WaitingListAsync).DescribesRead<List<WaitingListRow>>().WithName("WaitingList").WithTags("Queues")
            .WithSummary("Journeys waiting for assessment or treatment in a Hub, with days waited since referral."));
        secure(routes.MapGet("/api/caseload", CaseloadAsync).DescribesRead<List<CaseloadEntry>>().WithName("Caseload").WithTags("Queues")
            .WithSummary("A clinician's open journeys."));
        return routes;
    }

    private static int DaysSince(DateTimeOffset from, DateTimeOffset now) => (int)(now - from).TotalDays;

    private static async Task<IResult> TriageAsync(string hubId, StaffMember staff, IQuerySession session, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (hubId != staff.HubId)
        {
            return JourneyProblems.OtherHub();
        }

        var now = clock.GetUtcNow();
        var items = await session.Query<TriageQueueItem>()
            .Where(i => i.HubId == hubId && i.InQueue)
            .OrderByDescending(i => i.Risk).ThenBy(i => i.SubmittedAt)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(items.Select(i => new TriageQueueRow(i.Id, i.Status, i.Risk, i.SubmittedAt, DaysSince(i.SubmittedAt, now))).ToList());
    }

    private static async Task<IResult> WaitingListAsync(string hubId, StaffMember staff, IQuerySession session, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (hubId != staff.HubId)
        {
            return JourneyProblems.OtherHub();
        }

        var now = clock.GetUtcNow();
        var entries = await session.Query<WaitingListEntry>()
            .Where(e => e.HubId == hubId && e.WaitingFor != null)
            .OrderBy(e => e.SubmittedAt)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(entries.Select(e => new WaitingListRow(e.Id, e.WaitingFor!.Value, e.ClinicianId, e.SubmittedAt, DaysSince(e.SubmittedAt, now))).ToList());
    }

    private static async Task<IResult> CaseloadAsync(Guid clinicianId, StaffMember staff, IQuerySession session, CancellationToken cancellationToken)
    {
        if (clinicianId != staff.Id && !staff.IsHubLead)
        {
            return JourneyProblems.OtherHub();
        }

        var entries = await session.Query<CaseloadEntry>()
            .Where(e => e.ClinicianId == clinicianId && e.HubId == staff.HubId && e.Active)
            .OrderBy(e => e.SubmittedAt)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(entries);
    }
}
