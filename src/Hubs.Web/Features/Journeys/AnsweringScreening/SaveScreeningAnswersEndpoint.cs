using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Hubs.ChangingSettings;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;
using Marten;

namespace Hubs.Web.Features.Journeys.AnsweringScreening;

public static class SaveScreeningAnswersEndpoint
{
    /// <summary>The keyworker's own screening, or a clinician of the Hub entering answers taken by phone.</summary>
    public static RouteHandlerBuilder MapNextScreeningStep(this IEndpointRouteBuilder routes) =>
        routes
            .MapGet("/api/journeys/{id:guid}/screening", NextAsync)
            .DescribesRead<ScreeningProgressAnswer>()
            .WithName("NextScreeningStep")
            .WithSummary(
                "Resume screening: the questions still to answer (or that "
                    + "it is complete); the ETag is the version for the next save."
            )
            .WithTags("Screening");

    public static RouteHandlerBuilder MapSaveScreeningAnswers(this IEndpointRouteBuilder routes) =>
        routes
            .MapPost("/api/journeys/{id:guid}/screening/answers", HandleAsync)
            .Validate<SaveScreeningAnswers>()
            .DescribesWrite<ScreeningProgressAnswer>()
            .WithName("SaveScreeningAnswers")
            .WithSummary(
                "Save one screening step's answers; the answer names the next questions, or that screening is complete."
            )
            .WithTags("Screening");

    private static async Task<IResult> HandleAsync(
        Guid id,
        SaveScreeningAnswers command,
        HttpContext http,
        IDocumentSession session,
        TimeProvider clock
    )
    {
        var saved = await SavedAnswersAsync(session, id, command.Source ?? ScreeningSource.Online, http.RequestAborted);
        var stored = id == Guid.Empty ? null : await session.LoadAsync<Journey>(id, http.RequestAborted);
        var configuration = await HubSettingsStore.ScreeningForAsync(session, stored?.HubId, http.RequestAborted);
        ScreeningStep? step = null;
        return await JourneyWrites.DecideAndAppendAsync(
            id,
            http,
            (journey, _) =>
            {
                (var decision, step) = SaveScreeningAnswersDecision.Decide(
                    journey,
                    saved,
                    command,
                    configuration,
                    clock.GetUtcNow()
                );
                return decision;
            },
            version => Answer(id, version, step)
        );
    }

    /// <summary>
    /// The keyworker's own screening, or a staff read of it (audited, under the record's caseload rule).
    /// </summary>
    private static async Task<IResult> NextAsync(
        Guid id,
        HttpContext http,
        IDocumentSession session,
        HttpResponse response,
        CancellationToken cancellationToken
    )
    {
        var (journey, refused) = await AuditedRead.OpenAsync(http, id, "screening");
        if (journey is null)
        {
            return refused!;
        }

        response.Headers.ETag = ETags.Of(journey.Version);
        if (journey.Status != JourneyStatus.Submitted)
        {
            return TypedResults.Ok(
                new ScreeningProgressAnswer(id, journey.Version, "complete", null, [], journey.Risk)
            );
        }

        var answers = await SavedAnswersAsync(session, id, ScreeningSource.Online, cancellationToken);
        return TypedResults.Ok(
            Answer(
                id,
                journey.Version,
                ScreeningPlan.Next(
                    await HubSettingsStore.ScreeningForAsync(session, journey.HubId, cancellationToken),
                    answers
                )
            )
        );
    }

    private static ScreeningProgressAnswer Answer(Guid id, long version, ScreeningStep? step) =>
        step switch
        {
            AskQuestions ask => new ScreeningProgressAnswer(id, version, "ask", ask.Measure, ask.Items, ask.RiskSoFar),
            ScreeningComplete done => new ScreeningProgressAnswer(id, version, "complete", null, [], done.Risk),
            _ => throw new InvalidOperationException(
                "Saved answers were checked when saved; an invalid plan here is a bug."
            ),
        };

    /// <summary>
    /// Answers saved earlier in this journey's stream (the version check at commit guards against a race).
    /// </summary>
    private static async Task<ScreeningAnswers> SavedAnswersAsync(
        IQuerySession session,
        Guid id,
        ScreeningSource source,
        CancellationToken cancellationToken
    )
    {
        var events = id == Guid.Empty ? [] : await session.Events.FetchStreamAsync(id, token: cancellationToken);
        return events
            .Select(e => e.Data)
            .OfType<ScreeningAnswersSaved>()
            .Aggregate(ScreeningAnswers.None(source), (answers, e) => answers.Record(e.Measure, e.Answers.Value ?? []));
    }
}
