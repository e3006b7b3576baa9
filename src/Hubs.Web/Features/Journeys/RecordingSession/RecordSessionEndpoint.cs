using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Hubs.ChangingSettings;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Questionnaires;
using Marten;

namespace Hubs.Web.Features.Journeys.RecordingSession;

public static class RecordSessionEndpoint
{
    public static RouteHandlerBuilder MapRecordSession(this IEndpointRouteBuilder routes) =>
        routes
            .MapPost("/api/journeys/{id:guid}/sessions", HandleAsync)
            .Validate<RecordSession>()
            .DescribesWrite<JourneyWritten>()
            .WithName("RecordSession")
            .WithSummary(
                "Record a treatment session held at an attended appointment, with PHQ-9 and GAD-7 totals and the "
                    + "Hub's other session questionnaires as the clinician confirmed them."
            )
            .WithTags("Journeys");

    private static async Task<IResult> HandleAsync(
        Guid id,
        RecordSession command,
        StaffMember staff,
        HttpContext http,
        IDocumentStore store,
        KeyworkerKeys keys,
        TimeProvider clock
    )
    {
        // The caller's Hub's options (its PCL-5 cut-off) and the read models the session folds, read with the journey:
        // a journey of another Hub is refused on the write.
        var options = ScoringOptions.Default;
        await using var session = store.IdentitySession();
        return await JourneyWrites.DecideAndAppendAsync(
            id,
            http,
            session,
            async batch =>
            {
                var readModels = SessionReadModels.Preload(batch, id, keys);
                options = (await HubSettingsStore.LoadAsync(batch, staff.HubId)).Screening.Scoring;
                await readModels;
            },
            journey => RecordSessionDecision.Decide(journey, command, staff.Id, clock.GetUtcNow(), options)
        );
    }
}
