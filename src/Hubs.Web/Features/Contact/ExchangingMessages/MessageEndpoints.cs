using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Audit;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Privacy;
using Marten;

namespace Hubs.Web.Features.Contact.ExchangingMessages;

/// <summary>
/// The thread from both sides: staff on the journey record (opening it is an audited read, like the rest
/// of the record), the keyworker on their own journey.
/// </summary>
public static class MessageEndpoints
{
    public static IEndpointRouteBuilder MapMessages(
        IEndpointRouteBuilder keyworkerRoutes,
        IEndpointRouteBuilder staffRoutes
    )
    {
        ArgumentNullException.ThrowIfNull(keyworkerRoutes);
        ArgumentNullException.ThrowIfNull(staffRoutes);
        staffRoutes
            .MapGet(
                "/api/journeys/{id:guid}/messages",
                async (Guid id, HttpContext http, StaffMember staff, IDocumentSession session, CancellationToken ct) =>
                {
                    var (journey, refused) = await AuditedRead.OpenAsync(http, id, "messages");
                    return journey is null
                        ? refused!
                        : TypedResults.Ok(await MessageThreads.ReadAsync(session, id, ct));
                }
            )
            .DescribesRead<MessageThread>()
            .WithName("ReadMessagesAsStaff")
            .WithSummary("The message thread with the keyworker. Audited.")
            .WithTags("Messages");
        staffRoutes
            .MapPost(
                "/api/journeys/{id:guid}/messages",
                async (
                    Guid id,
                    PostMessage command,
                    HttpContext http,
                    StaffMember staff,
                    IDocumentSession session,
                    KeyworkerKeys keys,
                    TimeProvider clock,
                    CancellationToken ct
                ) =>
                {
                    var (journey, refused) = await AuditedRead.OpenAsync(http, id, "messages");
                    return journey is null
                        ? refused!
                        : await MessageThreads.PostAsync(
                            session,
                            keys,
                            journey,
                            MessageAuthor.Hub,
                            staff.Id,
                            command,
                            clock.GetUtcNow(),
                            ct
                        );
                }
            )
            .Validate<PostMessage>()
            .Produces<ThreadMessage>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("PostMessageAsStaff")
            .WithSummary("Write to the keyworker; they are told only that they have a new message.")
            .WithTags("Messages");
        keyworkerRoutes
            .MapGet(
                "/api/keyworker/journeys/{id:guid}/messages",
                async (Guid id, KeyworkerCaller caller, IDocumentSession session, CancellationToken ct) =>
                    await OwnJourneyAsync(session, id, caller, ct) is null
                        ? JourneyProblems.NotFound()
                        : TypedResults.Ok(await MessageThreads.ReadAsync(session, id, ct))
            )
            .DescribesRead<MessageThread>()
            .WithName("ReadMessagesAsKeyworker")
            .WithTags("Messages");
        keyworkerRoutes
            .MapPost(
                "/api/keyworker/journeys/{id:guid}/messages",
                async (
                    Guid id,
                    PostMessage command,
                    KeyworkerCaller caller,
                    IDocumentSession session,
                    KeyworkerKeys keys,
                    TimeProvider clock,
                    CancellationToken ct
                ) =>
                    await OwnJourneyAsync(session, id, caller, ct) is not { } journey
                        ? JourneyProblems.NotFound()
                        : await MessageThreads.PostAsync(
                            session,
                            keys,
                            journey,
                            MessageAuthor.Keyworker,
                            caller.Id,
                            command,
                            clock.GetUtcNow(),
                            ct
                        )
            )
            .Validate<PostMessage>()
            .Produces<ThreadMessage>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("PostMessageAsKeyworker")
            .WithSummary("Write to the Hub about this journey.")
            .WithTags("Messages");
        return staffRoutes;
    }

    public static async Task<Journey?> OwnJourneyAsync(
        IQuerySession session,
        Guid id,
        KeyworkerCaller keyworker,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(keyworker);
        var journey = id == Guid.Empty ? null : await session.LoadAsync<Journey>(id, cancellationToken);
        return journey is not null && keyworker.Owns(journey) ? journey : null;
    }
}
