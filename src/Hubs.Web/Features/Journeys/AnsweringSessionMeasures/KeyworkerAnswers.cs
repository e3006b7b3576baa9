using System.Globalization;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.RecordingSession;
using Hubs.Web.Features.Questionnaires;
using Marten;

namespace Hubs.Web.Features.Journeys.AnsweringSessionMeasures;

/// <summary>
/// What the keyworker answered before one session, as the clinician's session form starts from it: the PHQ-9 and
/// GAD-7 totals, PHQ-9 item 9 (from the sealed answers) and every other questionnaire's total and band
/// (<see cref="Others"/>, in the Hub's order). The clinician may correct any of them; the session records the
/// corrected figures and the keyworker's own results stay on the record beside them.
/// </summary>
public sealed record KeyworkerAnswers(
    DateTimeOffset At,
    int? Phq9Total,
    int? Gad7Total,
    int? Phq9Item9,
    IReadOnlyList<KeyworkerResult> Others
)
{
    public static async Task<KeyworkerAnswers?> LoadAsync(
        IQuerySession session,
        Guid journeyId,
        Guid appointmentId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var events = (await session.Events.FetchStreamAsync(journeyId, token: cancellationToken))
            .Select(e => e.Data)
            .ToList();
        if (PreSessionProgress.Of(events, appointmentId).CompletedAt is not { } at)
        {
            return null;
        }

        var results = events
            .OfType<MeasureCompleted>()
            .Where(e => e.Occasion == MeasureOccasion.PreSession && e.CompletedAt == at)
            .ToList();
        var phq9 = results.FirstOrDefault(r => r.Measure == MeasureId.Phq9);
        int? item9 = phq9?.Answers.Value?.TryGetValue(SessionMeasures.Item9.Id, out var answer) == true ? answer : null;
        var others = results
            .Where(r => r.Measure is not (MeasureId.Phq9 or MeasureId.Gad7))
            .Select(r => new KeyworkerResult(r.Measure, r.Total, r.Band))
            .ToList();
        return new(at, phq9?.Total, results.FirstOrDefault(r => r.Measure == MeasureId.Gad7)?.Total, item9, others);
    }

    /// <summary>A figure as the form's text field holds it.</summary>
    public static string? Field(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One questionnaire the keyworker answered before the session: its total and band code.</summary>
public sealed record KeyworkerResult(MeasureId Measure, int Total, string Band)
{
    public string Name => Catalogue.Get(Measure).Name;

    public string BandLabel => Catalogue.Get(Measure).BandLabel(Band);
}
