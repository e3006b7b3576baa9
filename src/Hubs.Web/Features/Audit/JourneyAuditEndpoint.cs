using Hubs.Web.Features.Journeys.Access;
using Marten;

namespace Hubs.Web.Features.Audit;

public static class JourneyAuditEndpoint
{
    /// <summary>Hub leads only: every recorded read of one journey, newest first, break-glass reads flagged.</summary>
    public static RouteHandlerBuilder MapJourneyAudit(this IEndpointRouteBuilder routes) =>
        routes
            .MapGet("/api/journeys/{id:guid}/audit", HandleAsync)
            .DescribesRead<List<ReadAuditEntry>>()
            .WithName("JourneyAudit")
            .WithSummary("Who read this journey, when, and why (hub leads).")
            .WithTags("Audit");

    private static async Task<IResult> HandleAsync(
        Guid id,
        HttpContext http,
        StaffMember staff,
        IQuerySession session,
        CancellationToken cancellationToken
    )
    {
        if (!staff.IsHubLead)
        {
            return TypedResults.Problem(
                title: "Only a hub lead reads the audit trail.",
                statusCode: StatusCodes.Status403Forbidden
            );
        }

        var (journey, refused) = await AuditedRead.OpenAsync(http, id, "audit-trail");
        if (journey is null)
        {
            return refused!;
        }

        var entries = await session
            .Query<ReadAuditEntry>()
            .Where(e => e.JourneyId == id && e.HubId == staff.HubId)
            .OrderByDescending(e => e.At)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(entries);
    }
}
