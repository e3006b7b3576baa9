using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Clinicians.JoiningDirectory;
using Hubs.Web.Features.Kernel;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hubs.Web.Features.Clinicians.EditingOwnProfile;

/// <summary>
/// A clinician's own profile: read it, and change its personal parts (name, gender, languages, and a cultural
/// background only with their agreement). The first call makes the profile if their sign-in has not yet.
/// </summary>
public static class OwnProfileEndpoints
{
    private const string Route = "/api/my/clinician-profile";

    public static IEndpointRouteBuilder MapOwnClinicianProfile(this IEndpointRouteBuilder routes)
    {
        var staff = routes.MapGroup("").WithTags("Clinician directory");
        staff
            .MapGet(Route, ReadAsync)
            .Produces<ProfileView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ReadOwnClinicianProfile")
            .WithSummary("The signed-in clinician's own profile.");
        staff
            .MapPut(Route, ChangeAsync)
            .Validate<ChangeOwnProfile>()
            .Produces<ProfileView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithName("ChangeOwnClinicianProfile")
            .WithSummary("Name, gender, languages and (with agreement) cultural background of one's own profile.");
        return routes;
    }

    private static async Task<IResult> ReadAsync(
        HttpContext http,
        IDocumentSession session,
        TimeProvider clock,
        CancellationToken cancellationToken
    ) =>
        await ClinicianJoining.EnsureAsync(session, http.User, clock.GetUtcNow(), cancellationToken) is { } profile
            ? ProfileVersions.Answer(http, profile, HubOf(http))
            : NotAClinician();

    private static async Task<IResult> ChangeAsync(
        ChangeOwnProfile change,
        HttpContext http,
        IDocumentSession session,
        TimeProvider clock,
        CancellationToken cancellationToken
    )
    {
        if (
            await ClinicianJoining.EnsureAsync(session, http.User, clock.GetUtcNow(), cancellationToken) is not { } mine
        )
        {
            return NotAClinician();
        }

        if (ProfileVersions.Check(http.Request, mine) is { } refused)
        {
            return refused;
        }

        var changed = ProfileChanges.ByClinician(mine, change, clock.GetUtcNow());
        session.Store(changed);
        await session.SaveChangesAsync(cancellationToken);
        return ProfileVersions.Answer(http, changed, HubOf(http));
    }

    /// <summary>The Hub they act in (<see cref="HubChoice"/>): their profile as that Hub sees it.</summary>
    private static string HubOf(HttpContext http) => StaffMember.FromPrincipal(http.User, HubChoice.Of(http))!.HubId;

    private static ProblemHttpResult NotAClinician() =>
        TypedResults.Problem(title: "Only a clinician has a profile here.", statusCode: StatusCodes.Status404NotFound);
}
