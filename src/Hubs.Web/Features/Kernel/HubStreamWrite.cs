using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Shared;
using Marten;

namespace Hubs.Web.Features.Kernel;

/// <summary>What a write on a Hub's stream is decided with: the caller, the session to look up what the command names,
/// and the day and instant in the Hub's time zone (registers and refreshers are kept by the day).</summary>
public sealed record HubWriteContext(
    StaffMember Staff,
    IDocumentSession Session,
    DateOnly Today,
    DateTimeOffset Now,
    CancellationToken Cancellation
);

/// <summary>
/// <c>POST …/{id}/…</c> on a stream that belongs to one Hub (an adverse event, a group series): the command validated,
/// what it names looked up, one decision written through <see cref="StreamWrites"/> at the caller's If-Match version.
/// A stream of another Hub is not found. Each endpoint states only its route, its lookup and its decision.
/// </summary>
public static class HubStreamWrite
{
    public static RouteHandlerBuilder MapHubWrite<TCommand, TState, TWritten>(
        this IEndpointRouteBuilder group,
        string pattern,
        Func<TState, string> hubOf,
        Func<TCommand, HubWriteContext, Task<Func<TState, Decision>>> decide,
        Func<Guid, long, TWritten> written
    )
        where TCommand : class
        where TState : class
        where TWritten : notnull =>
        group
            .MapPost(
                pattern,
                async (Guid id, TCommand command, StaffMember staff, HttpContext http, ClinicClock clock) =>
                {
                    var session = http.RequestServices.GetRequiredService<IDocumentSession>();
                    var at = new HubWriteContext(staff, session, clock.Today, clock.Now, http.RequestAborted);
                    var decision = await decide(command, at);
                    return await StreamWrites.DecideAndAppendAsync<TState>(
                        id,
                        http,
                        s => hubOf(s) == staff.HubId,
                        decision,
                        version => written(id, version)
                    );
                }
            )
            .Validate<TCommand>()
            .DescribesWrite<TWritten>();
}
