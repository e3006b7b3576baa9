using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Hubs.ChangingSettings;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;
using Marten;

namespace Hubs.Web.Features.Journeys.AdministeringMeasure;

/// <summary>
/// The answer to a recorded measure: the journey's new version and the result as scored (band code, caseness).
/// </summary>
public sealed record MeasureRecorded(
    Guid Id,
    long Version,
    MeasureId Measure,
    int Total,
    string Band,
    bool? AtCaseness
);

public static class AdministerMeasureEndpoint
{
    public static RouteHandlerBuilder MapAdministerMeasure(this IEndpointRouteBuilder routes) =>
        routes
            .MapPost("/api/journeys/{id:guid}/measures", HandleAsync)
            .Validate<AdministerMeasure>()
            .DescribesWrite<MeasureRecorded>()
            .WithName("AdministerMeasure")
            .WithSummary(
                "Record a questionnaire a clinician gave (assessment, session, review or discharge), "
                    + "scored from its answers."
            )
            .WithTags("Journeys");

    private static async Task<IResult> HandleAsync(
        Guid id,
        AdministerMeasure command,
        StaffMember staff,
        HttpContext http,
        IDocumentSession session,
        TimeProvider clock
    )
    {
        // The Hub's options only (its PCL-5 cut-off); whether the caller may write is checked on the version written.
        var stored = id == Guid.Empty ? null : await session.LoadAsync<Journey>(id, http.RequestAborted);
        var options = (await HubSettingsStore.ScreeningForAsync(session, stored?.HubId, http.RequestAborted)).Scoring;
        MeasureCompleted? recorded = null;
        return await JourneyWrites.DecideAndAppendAsync(
            id,
            http,
            (journey, _) =>
            {
                var decision = AdministerMeasureDecision.Decide(journey, command, options, staff.Id, clock.GetUtcNow());
                recorded = decision.Events.OfType<MeasureCompleted>().FirstOrDefault();
                return decision;
            },
            version => new MeasureRecorded(
                id,
                version,
                recorded!.Measure,
                recorded.Total,
                recorded.Band,
                recorded.AtCaseness
            )
        );
    }
}
