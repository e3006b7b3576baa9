using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Journeys.Access;
using Marten;

namespace Hubs.Web.Features.TeamActivities;

/// <summary>A write's answer: the activity and its new version (also the ETag).</summary>
public sealed record TeamActivityWritten(Guid Id, long Version);

public static class TeamActivityEndpoints
{
    private const string Route = "/api/team-activities";

    public static IEndpointRouteBuilder MapTeamActivities(this IEndpointRouteBuilder routes)
    {
        routes
            .MapPost(Route, PlanAsync)
            .Validate<PlanTeamActivity>()
            .Produces<TeamActivityWritten>(StatusCodes.Status201Created)
            .WithName("PlanTeamActivity")
            .WithTags("Team activities");
        routes
            .MapPost(
                $"{Route}/{{id:guid}}/held",
                (Guid id, RecordTeamActivityHeld command, StaffMember staff, HttpContext http, TimeProvider clock) =>
                    Write(id, http, staff, a => TeamActivityDecisions.RecordHeld(a, command, clock.GetUtcNow()))
            )
            .Validate<RecordTeamActivityHeld>()
            .DescribesWrite<TeamActivityWritten>()
            .WithName("RecordTeamActivityHeld")
            .WithTags("Team activities");
        routes
            .MapPost(
                $"{Route}/{{id:guid}}/cancellation",
                (Guid id, StaffMember staff, HttpContext http, TimeProvider clock) =>
                    Write(id, http, staff, a => TeamActivityDecisions.Cancel(a, clock.GetUtcNow()))
            )
            .DescribesWrite<TeamActivityWritten>()
            .WithName("CancelTeamActivity")
            .WithTags("Team activities");
        routes
            .MapGet(Route, ListAsync)
            .DescribesRead<List<TeamActivity>>()
            .WithName("TeamActivities")
            .WithTags("Team activities")
            .WithSummary("The Hub's team activities, newest first, with attendance counts.");
        return routes;
    }

    private static Task<IResult> Write(
        Guid id,
        HttpContext http,
        StaffMember staff,
        Func<TeamActivity, Decision> decide
    ) =>
        StreamWrites.DecideAndAppendAsync<TeamActivity>(
            id,
            http,
            a => a.HubId == staff.HubId,
            decide,
            version => new TeamActivityWritten(id, version)
        );

    private static async Task<IResult> PlanAsync(
        PlanTeamActivity command,
        StaffMember staff,
        IDocumentSession session,
        TimeProvider clock,
        HttpResponse response,
        CancellationToken cancellationToken
    )
    {
        var id = Start(session, command, staff.HubId, clock.GetUtcNow());
        await session.SaveChangesAsync(cancellationToken);
        response.Headers.ETag = ETags.Of(1);
        return TypedResults.Created($"{Route}/{id}", new TeamActivityWritten(id, 1));
    }

    private static async Task<IResult> ListAsync(
        string hubId,
        StaffMember staff,
        IQuerySession session,
        CancellationToken cancellationToken
    )
    {
        if (hubId != staff.HubId)
        {
            return JourneyProblems.OtherHub();
        }

        return TypedResults.Ok(await ListForHubAsync(session, hubId, cancellationToken));
    }

    /// <summary>The one way a team activity's stream starts (API and clinician pages); the caller saves.</summary>
    public static Guid Start(IDocumentSession session, PlanTeamActivity command, string hubId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        var id = Guid.CreateVersion7();
        session.Events.StartStream<TeamActivity>(id, TeamActivityDecisions.Plan(command, id, hubId, now));
        return id;
    }

    /// <summary>The Hub's activities, newest first (API and clinician pages).</summary>
    public static async Task<List<TeamActivity>> ListForHubAsync(
        IQuerySession session,
        string hubId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var activities = await session
            .Query<TeamActivity>()
            .Where(a => a.HubId == hubId)
            .OrderByDescending(a => a.StartsAt)
            .ToListAsync(cancellationToken);
        return [.. activities];
    }
}
