using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;
using Marten;

namespace Hubs.Web.Features.Journeys.AnsweringSessionMeasures;

/// <summary>
/// What the keyworker has answered before one appointment, folded from the journey stream's sealed saves (as
/// screening resumes from <see cref="ScreeningAnswersSaved"/>): resuming is asking <see cref="Next"/> again.
/// </summary>
public sealed record PreSessionProgress(ScreeningAnswers Answers, DateTimeOffset? CompletedAt)
{
    public static PreSessionProgress Of(IEnumerable<object> events, Guid appointmentId)
    {
        ArgumentNullException.ThrowIfNull(events);
        var progress = new PreSessionProgress(ScreeningAnswers.None(ScreeningSource.Online), null);
        foreach (var data in events)
        {
            progress = data switch
            {
                PreSessionAnswersSaved saved when saved.AppointmentId == appointmentId => progress with
                {
                    Answers = progress.Answers.Record(saved.Measure, saved.Answers.Value ?? []),
                },
                PreSessionMeasuresCompleted done when done.AppointmentId == appointmentId => progress with
                {
                    CompletedAt = done.CompletedAt,
                },
                _ => progress,
            };
        }

        return progress;
    }

    public static async Task<PreSessionProgress> LoadAsync(
        IQuerySession session,
        Guid journeyId,
        Guid appointmentId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var events = await session.Events.FetchStreamAsync(journeyId, token: cancellationToken);
        return Of(events.Select(e => e.Data), appointmentId);
    }

    /// <summary>The highest risk any answer so far raises (PHQ-9 item 9 above 0).</summary>
    public RiskLevel Risk =>
        Answers
            .ByMeasure.Select(p => AnswerCheck.Risk(Catalogue.Get(p.Key).Items, p.Value))
            .DefaultIfEmpty(RiskLevel.None)
            .Max();

    /// <summary>
    /// The first of the Hub's session measures with a question still unanswered; null when all are done.
    /// </summary>
    public MeasureId? Next(IReadOnlyList<MeasureId> measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        return measures
            .Where(m => Catalogue.Get(m).Items.Any(i => !Answers.For(m).ContainsKey(i.Id)))
            .Cast<MeasureId?>()
            .FirstOrDefault();
    }
}
