using Hubs.ServiceDefaults.Auth;
using Hubs.ServiceDefaults.Validation;
using Marten;

namespace Hubs.Web.Features.Hubs.KeepingSelfHelpLibrary;

/// <summary>
/// <c>/api/hub-admin/self-help</c>: a hub admin lists, adds and removes their own Hub's self-help library (the Hub
/// named by <c>X-Hubs-Hub-Id</c> when they administer several). Another Hub's entry is 404, like a missing one.
/// </summary>
public static class SelfHelpEndpoints
{
    private const string Path = "/api/hub-admin/self-help";

    public static IEndpointRouteBuilder MapSelfHelpLibrary(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("").WithTags("Hub administration");
        admin
            .MapGet(Path, ListAsync)
            .WithName("ListSelfHelp")
            .WithSummary("The hub admin's Hub's self-help library, oldest first.");
        admin
            .MapPost(Path, AddAsync)
            .Validate<AddSelfHelpItem>()
            .WithName("AddSelfHelp")
            .WithSummary("Adds a title, a plain-English summary and an https link to the Hub's self-help library.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        admin
            .MapDelete($"{Path}/{{id:guid}}", RemoveAsync)
            .WithName("RemoveSelfHelp")
            .WithSummary("Removes an entry of the Hub's self-help library.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<IResult> ListAsync(
        HttpContext http,
        IQuerySession session,
        HubDirectory hubs,
        CancellationToken cancellationToken
    ) =>
        HubOf(http, hubs) is { } hub
            ? TypedResults.Ok(
                (await SelfHelpLibrary.ListAsync(session, hub, cancellationToken)).Select(SelfHelpEntry.Of).ToList()
            )
            : JourneyProblems.NotFound();

    private static async Task<IResult> AddAsync(
        AddSelfHelpItem item,
        HttpContext http,
        IDocumentSession session,
        HubDirectory hubs,
        TimeProvider clock,
        CancellationToken cancellationToken
    )
    {
        if (HubOf(http, hubs) is not { } hub)
        {
            return JourneyProblems.NotFound();
        }

        var admin = Guid.TryParse(http.User.SubjectId(), out var id) ? id : Guid.Empty;
        return
            await SelfHelpLibrary.AddAsync(session, hub, item, admin, clock.GetUtcNow(), cancellationToken) is { } added
            ? TypedResults.Created($"{Path}/{added.Id}", SelfHelpEntry.Of(added))
            : TypedResults.Problem(
                title: "The library is full.",
                detail: $"A Hub's library holds at most {SelfHelpLibrary.MaxItems} entries: remove one first.",
                statusCode: StatusCodes.Status422UnprocessableEntity
            );
    }

    private static async Task<IResult> RemoveAsync(
        Guid id,
        HttpContext http,
        IDocumentSession session,
        HubDirectory hubs,
        CancellationToken cancellationToken
    ) =>
        HubOf(http, hubs) is { } hub && await SelfHelpLibrary.RemoveAsync(session, hub, id, cancellationToken)
            ? TypedResults.NoContent()
            : JourneyProblems.NotFound();

    private static string? HubOf(HttpContext http, HubDirectory hubs) => AdministeredHub.Of(http, null, hubs);
}
