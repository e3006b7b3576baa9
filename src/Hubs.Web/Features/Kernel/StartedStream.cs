using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Hubs.Web.Features.Kernel;

/// <summary>What starting a stream came to: its new id, or why it was refused (nothing started).</summary>
public sealed record Started(Guid? Id, Refusal? Refusal);

/// <summary>
/// A stream started from the API and from a page alike (an adverse event, a register entry, a consultation, an
/// outreach contact): the decision's events start the stream in the session, then the API answers 201 at version 1
/// or a problem, and the page saves and moves on or shows the refusal beside a field.
/// </summary>
public static class StartedStream
{
    /// <summary>
    /// <c>POST route</c> in a staff group: the command validated, <paramref name="start"/> deciding in the
    /// caller's Hub, then <see cref="AnswerAsync"/>.
    /// </summary>
    public static RouteHandlerBuilder MapStart<TCommand>(
        this IEndpointRouteBuilder staff,
        string route,
        Func<IDocumentSession, TCommand, string, ClinicClock, CancellationToken, Task<Started>> start
    ) =>
        staff
            .MapPost(
                route,
                async (
                    TCommand command,
                    StaffMember caller,
                    IDocumentSession session,
                    ClinicClock clock,
                    HttpResponse response,
                    CancellationToken cancellationToken
                ) =>
                    await AnswerAsync(
                        session,
                        response,
                        route,
                        await start(session, command, caller.HubId, clock, cancellationToken),
                        cancellationToken
                    )
            )
            .Validate<TCommand>()
            .Produces<StreamWritten>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    /// <summary>Starts the stream when the decision accepts; the caller saves.</summary>
    public static Started Start<TState>(IDocumentSession session, Guid id, Decision decision)
        where TState : class
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Refusal is { } refusal)
        {
            return new(null, refusal);
        }

        session.Events.StartStream<TState>(id, decision.Events.ToArray());
        return new(id, null);
    }

    /// <summary>The API's answer: 201 with the stream's address and version 1 (its ETag), or 422.</summary>
    public static async Task<IResult> AnswerAsync(
        IDocumentSession session,
        HttpResponse response,
        string route,
        Started started,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(started);
        if (started.Refusal is { } refusal)
        {
            return JourneyProblems.Refused(refusal);
        }

        await session.SaveChangesAsync(cancellationToken);
        response.Headers.ETag = ETags.Of(1);
        return TypedResults.Created($"{route}/{started.Id}", new StreamWritten(started.Id!.Value, 1));
    }

    /// <summary>A page's save: true once saved; otherwise the refusal goes beside <paramref name="field"/>.</summary>
    public static async Task<bool> SavedAsync(
        IDocumentSession session,
        Started started,
        ModelStateDictionary modelState,
        string field,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(started);
        ArgumentNullException.ThrowIfNull(modelState);
        if (started.Refusal is { } refusal)
        {
            modelState.AddModelError(field, refusal.Detail);
            return false;
        }

        await session.SaveChangesAsync(cancellationToken);
        return true;
    }
}
