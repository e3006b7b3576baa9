using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.AdverseEvents;
using Hubs.Web.Features.Shared;
using Marten;

namespace Hubs.Web.Features.GroupSupport.StartingGroupSeries;

/// <summary>Clinical staff start a series in their Hub and list the Hub's series.</summary>
public static class StartingEndpoints
{
    public const string Route = "/api/group-series";

    public static IEndpointRouteBuilder MapStartingGroupSeries(this IEndpointRouteBuilder staff)
    {
        staff
            .MapPost(Route, PostAsync)
            .Validate<StartGroupSeries>()
            .Produces<GroupSeriesWritten>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("StartGroupSeries")
            .WithTags("Group series");
        staff
            .MapGet(Route, async (StaffMember me, IQuerySession session, CancellationToken cancellationToken) =>
                TypedResults.Ok(await GroupSeriesStore.ListAsync(session, me.HubId, cancellationToken))
            )
            .DescribesRead<List<GroupSeries>>()
            .WithName("GroupSeriesList")
            .WithTags("Group series")
            .WithSummary("The caller's Hub's reflective group series with their meetings, newest first.");
        return staff;
    }

    /// <summary>
    /// The one way a series' stream starts (API and clinic page); null when refused. The caller saves.
    /// </summary>
    public static async Task<(Guid? Id, Kernel.Refusal? Refusal)> StartAsync(
        IDocumentSession session,
        StartGroupSeries command,
        string hubId,
        ClinicClock clock,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(clock);
        var (isHubClinician, peer) = await FacilitatorChoice.CandidateAsync(session, command, hubId, cancellationToken);
        var id = Guid.CreateVersion7();
        var decision = StartGroupSeriesDecision.Decide(
            command,
            id,
            hubId,
            isHubClinician,
            peer,
            AdverseEventStore.Today(clock),
            clock.Now
        );
        if (decision.Refusal is { } refusal)
        {
            return (null, refusal);
        }

        session.Events.StartStream<GroupSeries>(id, decision.Events.ToArray());
        return (id, null);
    }

    private static async Task<IResult> PostAsync(
        StartGroupSeries command,
        StaffMember staff,
        IDocumentSession session,
        ClinicClock clock,
        HttpResponse response,
        CancellationToken cancellationToken
    )
    {
        var (id, refusal) = await StartAsync(session, command, staff.HubId, clock, cancellationToken);
        if (refusal is not null)
        {
            return JourneyProblems.Refused(refusal);
        }

        await session.SaveChangesAsync(cancellationToken);
        response.Headers.ETag = ETags.Of(1);
        return TypedResults.Created($"{Route}/{id}", new GroupSeriesWritten(id!.Value, 1));
    }
}
