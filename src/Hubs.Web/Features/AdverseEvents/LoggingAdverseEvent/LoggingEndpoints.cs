using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Shared;
using Marten;

namespace Hubs.Web.Features.AdverseEvents.LoggingAdverseEvent;

/// <summary>
/// The lead logs events, lists the Hub's events with their response clock, and reads and sets the Hub's targets.
/// </summary>
public static class LoggingEndpoints
{
    public const string Route = "/api/adverse-events";

    public static IEndpointRouteBuilder MapLoggingAdverseEvents(this IEndpointRouteBuilder lead)
    {
        lead.MapStart<LogAdverseEvent>(Route, StartAsync).WithName("LogAdverseEvent").WithTags("Adverse events");
        lead.MapGet(Route, ListAsync)
            .DescribesRead<List<AdverseEventRow>>()
            .WithName("AdverseEvents")
            .WithTags("Adverse events")
            .WithSummary("The lead's Hub's adverse events, newest first, with the response clock as of now.");
        lead.MapGet(
                $"{Route}/settings",
                async (StaffMember staff, IQuerySession session, CancellationToken cancellationToken) =>
                    TypedResults.Ok(await AdverseEventStore.SettingsAsync(session, staff.HubId, cancellationToken))
            )
            .DescribesRead<AdverseEventSettings>()
            .WithName("AdverseEventSettings")
            .WithTags("Adverse events")
            .WithSummary("The lead's Hub's response targets: first contact within hours, check-ins after days.");
        lead.MapPut(
                $"{Route}/settings",
                async (
                    ChangeAdverseEventSettings command,
                    StaffMember staff,
                    IDocumentSession session,
                    CancellationToken cancellationToken
                ) => TypedResults.Ok(await SaveSettingsAsync(session, staff.HubId, command, cancellationToken))
            )
            .Validate<ChangeAdverseEventSettings>()
            .Produces<AdverseEventSettings>()
            .WithName("ChangeAdverseEventSettings")
            .WithTags("Adverse events");
        return lead;
    }

    /// <summary>The one way an adverse event's stream starts (API and lead page). The caller saves.</summary>
    public static async Task<Started> StartAsync(
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
        return StartedStream.Start<AdverseEvent>(
            session,
            id,
            LogAdverseEventDecision.Decide(command, id, settings, AdverseEventStore.Today(clock), clock.Now)
        );
    }

    /// <summary>The Hub's new targets, for events logged from now on (API and lead page).</summary>
    public static async Task<AdverseEventSettings> SaveSettingsAsync(
        IDocumentSession session,
        string hubId,
        ChangeAdverseEventSettings command,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(command);
        var days = command.FollowUpDays!.Order().ToList();
        var settings = new AdverseEventSettings(hubId, command.FirstContactTargetHours, days);
        session.Store(settings);
        await session.SaveChangesAsync(cancellationToken);
        return settings;
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
}
