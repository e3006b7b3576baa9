using Hubs.ServiceDefaults.Validation;
using Marten;

namespace Hubs.Web.Features.ServiceDirectory.MaintainingDirectory;

/// <summary>A write's answer: the entry and its new version (also the ETag).</summary>
public sealed record ServiceWritten(Guid Id, long Version);

/// <summary>
/// The hub admin's API for their Hub's directory of other services. Another Hub's entry is answered 404, read or
/// write, so an admin cannot even learn that it exists.
/// </summary>
public static class ServiceDirectoryEndpoints
{
    private const string Route = "/api/service-directory";

    public static IEndpointRouteBuilder MapServiceDirectory(this IEndpointRouteBuilder routes)
    {
        routes
            .MapPost(Route, ListAsync)
            .Validate<DescribeService>()
            .Produces<ServiceWritten>(StatusCodes.Status201Created)
            .WithName("ListService")
            .WithSummary("Add a service to the Hub's directory.")
            .WithTags("Service directory");
        routes
            .MapGet(Route, DirectoryAsync)
            .DescribesRead<List<ServiceListing>>()
            .WithName("ServiceDirectory")
            .WithSummary("The Hub's directory of other services, archived ones last.")
            .WithTags("Service directory");
        routes
            .MapGet($"{Route}/{{id:guid}}", EntryAsync)
            .DescribesRead<ServiceListing>()
            .WithName("ServiceListing")
            .WithTags("Service directory");
        routes
            .MapPost(
                $"{Route}/{{id:guid}}/details",
                (Guid id, DescribeService command, HubAdmin admin, HttpContext http, TimeProvider clock) =>
                    Write(id, http, admin, s =>
                        ServiceDirectoryDecisions.Change(s, command, admin.Id, clock.GetUtcNow())
                    )
            )
            .Validate<DescribeService>()
            .DescribesWrite<ServiceWritten>()
            .WithName("ChangeServiceListing")
            .WithTags("Service directory");
        routes
            .MapPost($"{Route}/{{id:guid}}/archive", (Guid id, HubAdmin admin, HttpContext http, TimeProvider clock) =>
                Write(id, http, admin, s => ServiceDirectoryDecisions.Archive(s, admin.Id, clock.GetUtcNow()))
            )
            .DescribesWrite<ServiceWritten>()
            .WithName("ArchiveServiceListing")
            .WithTags("Service directory");
        return routes;
    }

    private static Task<IResult> Write(
        Guid id,
        HttpContext http,
        HubAdmin admin,
        Func<ServiceListing, Decision> decide
    ) =>
        StreamWrites.DecideAndAppendAsync<ServiceListing>(
            id,
            http,
            s => s.HubId == admin.HubId,
            decide,
            version => new ServiceWritten(id, version)
        );

    private static async Task<IResult> ListAsync(
        DescribeService command,
        HubAdmin admin,
        IDocumentSession session,
        TimeProvider clock,
        HttpResponse response,
        CancellationToken cancellationToken
    )
    {
        var id = Start(session, command, admin, clock.GetUtcNow());
        await session.SaveChangesAsync(cancellationToken);
        response.Headers.ETag = ETags.Of(1);
        return TypedResults.Created($"{Route}/{id}", new ServiceWritten(id, 1));
    }

    /// <summary>The one way a directory entry's stream starts (API and admin pages); the caller saves.</summary>
    public static Guid Start(IDocumentSession session, DescribeService command, HubAdmin admin, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(admin);
        var id = Guid.CreateVersion7();
        session.Events.StartStream<ServiceListing>(
            id,
            ServiceDirectoryDecisions.List(command, id, admin.HubId, admin.Id, now)
        );
        return id;
    }

    private static async Task<IResult> DirectoryAsync(
        HubAdmin admin,
        IQuerySession session,
        CancellationToken cancellationToken
    ) => TypedResults.Ok(await ServiceDirectoryRead.ForHubAsync(session, admin.HubId, cancellationToken));

    private static async Task<IResult> EntryAsync(
        Guid id,
        HubAdmin admin,
        IQuerySession session,
        HttpResponse response,
        CancellationToken cancellationToken
    )
    {
        var listing = await ServiceDirectoryRead.EntryAsync(session, id, admin.HubId, cancellationToken);
        if (listing is null)
        {
            return JourneyProblems.NotFound();
        }

        response.Headers.ETag = ETags.Of(listing.Version);
        return TypedResults.Ok(listing);
    }
}
