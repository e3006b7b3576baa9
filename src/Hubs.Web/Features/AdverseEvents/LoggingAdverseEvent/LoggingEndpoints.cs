using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Shared;
using Marten;

namespace Hubs.Web.Features.AdverseEvents.LoggingAdverseEvent;

/// <summary>
/// The lead logs events, lists the Hub's events with their response clock, and sets the Hub's targets.
/// </summary>
public static class LoggingEndpoints
{
    public const string Route = "/api/adverse-events";

    public static IEndpointRouteBuilder MapLoggingAdverseEvents(this IEndpointRouteBuilder lead)
    {
        lead.MapPost(Route, LogAsync)
            .Validate<LogAdverseEvent>()
            .Produces<AdverseEventWritten>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("LogAdverseEvent")
            .WithTags("Adverse events");
        lead.MapGet(Route, ListAsync)
            .DescribesRead<List<AdverseEventRow>>()
            .WithName("AdverseEvents")
            .WithTags("Adverse events")
            .WithSummary("The lead's Hub's adverse events, newest first, with the response clock as of now.");
        lead.MapPut($"{Route}/settings", ChangeSettingsAsync)
            .Validate<ChangeAdverseEventSettings>()
            .Produces<AdverseEventSettings>()
            .WithName("ChangeAdverseEventSettings")
            .WithTags("Adverse events");
        return lead;
    }

    /// <summary>
    /// The one way an adverse event's stream starts (API and lead page); null when refused. Caller saves.
    /// </summary>
    public static async Task<(Guid? Id, Kernel.Refusal? Refusal)> StartAsync(
        IDocumentSession session,
        LogAdverseEvent command,
        string hubId,
        ClinicClock clock,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var settings = await AdverseEventStore.SettingsAsync(session, hubId, cancellationToken);
        var id = Guid.CreateVersion7();
        var decision = LogAdverseEventDecision.Decide(command, id, settings, AdverseEventStore.Today(clock), clock.Now);
        if (decision.Refusal is { } refusal)
        {
            return (null, refusal);
        }

        session.Events.StartStream<AdverseEvent>(id, decision.Events.ToArray());
        return (id, null);
    }

    private static async Task<IResult> LogAsync(
        LogAdverseEvent command,
        StaffMember staff,
        IDocumentSession session,
        ClinicClock clock,
        HttpResponse response,
        CancellationToken cancellationToken
    )
    {
        var (id, refusal) = await StartAsync(session, command, staff.HubId, clock, cancellationToken);
        if (refusal is not null)
        {
            return JourneyProblems.Refused(refusal);
        }

        await session.SaveChangesAsync(cancellationToken);
        response.Headers.ETag = ETags.Of(1);
        return TypedResults.Created($"{Route}/{id}", new AdverseEventWritten(id!.Value, 1));
    }

    private static async Task<IResult> ListAsync(
        StaffMember staff,
        IQuerySession session,
        ClinicClock clock,
        CancellationToken cancellationToken
    )
    {
        var register = await AdverseEventStore.RegisterAsync(session, staff.HubId, cancellationToken);
        var events = await AdverseEventStore.EventsAsync(session, staff.HubId, cancellationToken);
        return TypedResults.Ok(events.Select(e => AdverseEventRow.Of(e, register, clock.Now)).ToList());
    }

    private static async Task<IResult> ChangeSettingsAsync(
        ChangeAdverseEventSettings command,
        StaffMember staff,
        IDocumentSession session,
        CancellationToken cancellationToken
    )
    {
        var settings = new AdverseEventSettings(
            staff.HubId,
            command.FirstContactTargetHours,
            [.. command.FollowUpDays!.Order()]
        );
        session.Store(settings);
        await session.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(settings);
    }
}
