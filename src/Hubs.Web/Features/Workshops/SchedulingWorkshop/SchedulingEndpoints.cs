using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Kernel;
using Marten;

namespace Hubs.Web.Features.Workshops.SchedulingWorkshop;

/// <summary>The Hub's staff schedule workshops and list their own Hub's, with counts (never names).</summary>
public static class SchedulingEndpoints
{
    public const string Route = "/api/workshops";

    public static IEndpointRouteBuilder MapSchedulingWorkshops(this IEndpointRouteBuilder staff)
    {
        staff
            .MapPost(Route, ScheduleAsync)
            .Validate<ScheduleWorkshop>()
            .Produces<WorkshopWritten>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("ScheduleWorkshop")
            .WithTags("Workshops");
        staff
            .MapGet(Route, ListAsync)
            .DescribesRead<List<StaffWorkshop>>()
            .WithName("Workshops")
            .WithTags("Workshops")
            .WithSummary("The caller's Hub's workshops, latest first, with places booked and attended.");
        return staff;
    }

    /// <summary>
    /// The one way a workshop's stream starts (API and staff page); the refusal when not. Caller saves.
    /// </summary>
    public static async Task<(Guid? Id, Refusal? Refusal)> StartAsync(
        IDocumentSession session,
        ScheduleWorkshop command,
        string hubId,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var clinicians = await ClinicianDirectory.ListAsync(session, hubId, cancellationToken);
        var id = Guid.CreateVersion7();
        var decision = ScheduleWorkshopDecision.Decide(command, id, hubId, [.. clinicians.Select(c => c.Id)], now);
        if (decision.Refusal is { } refusal)
        {
            return (null, refusal);
        }

        session.Events.StartStream<Workshop>(id, decision.Events.ToArray());
        return (id, null);
    }

    private static async Task<IResult> ScheduleAsync(
        ScheduleWorkshop command,
        StaffMember staff,
        IDocumentSession session,
        TimeProvider clock,
        HttpResponse response,
        CancellationToken cancellationToken
    )
    {
        var (id, refusal) = await StartAsync(session, command, staff.HubId, clock.GetUtcNow(), cancellationToken);
        if (refusal is not null)
        {
            return WorkshopProblems.Refused(refusal);
        }

        await session.SaveChangesAsync(cancellationToken);
        response.Headers.ETag = ETags.Of(1);
        return TypedResults.Created($"{Route}/{id}", new WorkshopWritten(id!.Value, 1));
    }

    private static async Task<IResult> ListAsync(
        StaffMember staff,
        IQuerySession session,
        CancellationToken cancellationToken
    ) =>
        TypedResults.Ok(
            (await WorkshopStore.ForHubAsync(session, staff.HubId, cancellationToken)).Select(StaffWorkshop.Of).ToList()
        );
}
