using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.TeamActivities;
using Marten;

namespace Hubs.Web.Features.Consultations.LinkingTeamSession;

/// <summary>
/// Links the team session that followed a consultation; another Hub's consultation is not found (404).
/// </summary>
public static class LinkEndpoint
{
    public static IEndpointRouteBuilder MapLinkingTeamSession(this IEndpointRouteBuilder staff)
    {
        staff
            .MapPost("/api/consultations/{id:guid}/team-session", LinkAsync)
            .Validate<LinkTeamSession>()
            .DescribesWrite<StreamWritten>()
            .WithName("LinkConsultationTeamSession")
            .WithTags("Consultations");
        return staff;
    }

    private static async Task<IResult> LinkAsync(
        Guid id,
        LinkTeamSession command,
        StaffMember staff,
        HttpContext http,
        TimeProvider clock,
        CancellationToken cancellationToken
    )
    {
        var session = http.RequestServices.GetRequiredService<IDocumentSession>();
        var activity = await session.LoadAsync<TeamActivity>(command.TeamActivityId, cancellationToken);
        return await StreamWrites.DecideAndAppendAsync<Consultation>(
            id,
            http,
            c => c.HubId == staff.HubId,
            c => LinkTeamSessionDecision.Decide(c, activity, clock.GetUtcNow()),
            version => new StreamWritten(id, version)
        );
    }
}
