using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Shared;
using Marten;

namespace Hubs.Web.Features.Outreach.RecordingOutreach;

/// <summary>Clinical staff record the Hub's outreach and list it.</summary>
public static class OutreachEndpoints
{
    public const string Route = "/api/outreach";

    public static IEndpointRouteBuilder MapRecordingOutreach(this IEndpointRouteBuilder staff)
    {
        staff.MapStart<RecordOutreach>(Route, StartAsync).WithName("RecordOutreach").WithTags("Outreach");
        staff
            .MapGet(Route, ListAsync)
            .DescribesRead<List<OutreachContact>>()
            .WithName("OutreachContacts")
            .WithTags("Outreach")
            .WithSummary("The caller's Hub's outreach, newest first: kind, organisation type, sector, attendance.");
        return staff;
    }

    /// <summary>The one way an outreach contact's stream starts (API and page). The caller saves.</summary>
    public static Task<Started> StartAsync(
        IDocumentSession session,
        RecordOutreach command,
        string hubId,
        ClinicClock clock,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(clock);
        var id = Guid.CreateVersion7();
        var decision = RecordOutreachDecision.Decide(command, id, hubId, clock.Today, clock.Now);
        return Task.FromResult(StartedStream.Start<OutreachContact>(session, id, decision));
    }

    /// <summary>The Hub's outreach, newest first (API and page).</summary>
    public static async Task<IReadOnlyList<OutreachContact>> ListForHubAsync(
        IQuerySession session,
        string hubId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var list = await session
            .Query<OutreachContact>()
            .Where(c => c.HubId == hubId)
            .OrderByDescending(c => c.HeldOn)
            .ThenByDescending(c => c.RecordedAt)
            .ToListAsync(cancellationToken);
        return [.. list];
    }

    private static async Task<IResult> ListAsync(
        StaffMember caller,
        IQuerySession session,
        CancellationToken cancellationToken
    ) => TypedResults.Ok(await ListForHubAsync(session, caller.HubId, cancellationToken));
}
