using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Hubs.KeepingSelfHelpLibrary;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hubs.Web.Features.Clinicians.EditingProfile;

/// <summary>
/// The hub admin's clinician directory: list, read and change the profiles of their own Hubs. A profile of another
/// Hub is answered 404, as if it did not exist; a clinician who works for two Hubs is in both Hubs' lists, each seeing
/// its own Hub only (the shared fields and whether they still work there, see ProfileChanges).
/// </summary>
public static class ClinicianProfileEndpoints
{
    private const string Route = "/api/hub-admin/clinicians";

    public static IEndpointRouteBuilder MapClinicianProfiles(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("").WithTags("Clinician directory");
        admin
            .MapGet(Route, ListAsync)
            .Produces<List<ProfileView>>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ListClinicianProfiles")
            .WithSummary("The clinicians of the admin's Hub (hubId: one of theirs; default the one they chose).");
        admin
            .MapGet($"{Route}/{{id:guid}}", ReadAsync)
            .Produces<ProfileView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ReadClinicianProfile")
            .WithSummary("One clinician's profile, in one of the admin's Hubs.");
        admin
            .MapPut($"{Route}/{{id:guid}}", ChangeAsync)
            .Validate<ChangeClinicianProfile>()
            .Produces<ProfileView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithName("ChangeClinicianProfile")
            .WithSummary("Professions, modes, working pattern, out of hours, languages, gender, specialisms.");
        return routes;
    }

    private static async Task<IResult> ListAsync(
        string? hubId,
        HttpContext http,
        HubDirectory hubs,
        IQuerySession session,
        CancellationToken cancellationToken
    )
    {
        if (AdministeredHub.Of(http, hubId, hubs) is not { } hub)
        {
            return NotFound();
        }

        var profiles = await session
            .Query<ClinicianProfile>()
            .Where(c => c.HubIds.Contains(hub))
            .OrderBy(c => c.Name)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(profiles.Select(p => ProfileView.Of(p, hub)).ToList());
    }

    private static async Task<IResult> ReadAsync(
        Guid id,
        HttpContext http,
        HubDirectory hubs,
        IQuerySession session,
        CancellationToken cancellationToken
    ) =>
        await AdminHubs.LoadAsync(session, http, hubs, id, cancellationToken) is (var profile, var hub)
            ? ProfileVersions.Answer(http, profile, hub)
            : NotFound();

    private static async Task<IResult> ChangeAsync(
        Guid id,
        ChangeClinicianProfile change,
        HttpContext http,
        HubDirectory hubs,
        IDocumentSession session,
        TimeProvider clock,
        CancellationToken cancellationToken
    )
    {
        if (await AdminHubs.LoadAsync(session, http, hubs, id, cancellationToken) is not (var profile, var hub))
        {
            return NotFound();
        }

        if (ProfileVersions.Check(http.Request, profile) is { } refused)
        {
            return refused;
        }

        var changed = ProfileChanges.ByAdmin(profile, change, hub, clock.GetUtcNow());
        session.Store(changed);
        await session.SaveChangesAsync(cancellationToken);
        return ProfileVersions.Answer(http, changed, hub);
    }

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(title: "No such clinician in your Hub.", statusCode: StatusCodes.Status404NotFound);
}
