using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Hubs.ChangingSettings;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.ManagingRisk;
using Hubs.Web.Features.Journeys.ReadingJourney;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.ReadingJourney;

/// <summary>
/// The journey record: contact safety first, then what to do next, appointments, measures (charts and
/// tables), clinical notes, risk and the timeline. Opening it is audited like the API's detail read.
/// </summary>
public sealed class RecordModel(IDocumentSession session, ClinicClock clock) : JourneyPage(session, clock)
{
    /// <summary>The form for giving a measure: its route names the measure by its code in lower case.</summary>
    public static string GiveMeasureLink(Guid journeyId, Questionnaires.MeasureId measure) =>
        $"/clinic/journeys/{journeyId}/measures/{measure.ToString().ToLowerInvariant()}";

    public JourneyDetail Detail { get; private set; } = null!;

    public SupportPreferences? Support { get; private set; }

    /// <summary>How and when it is safe to contact the keyworker, as the journey stream holds it now.</summary>
    public Features.Journeys.ChangingContactPreferences.ContactPreferences? Contact { get; private set; }

    public IReadOnlyList<MeasureChart> Charts { get; private set; } = [];

    /// <summary>
    /// Every measure with a result (screening, assessment, sessions, reviews, discharge), in catalogue order.
    /// </summary>
    public IReadOnlyList<ResultSeries> Results { get; private set; } = [];

    public IReadOnlyList<ClinicalNote> Notes { get; private set; } = [];

    public RiskPanel RiskPanel { get; private set; } = null!;

    public IReadOnlyList<AnsweredMeasure> ScreeningAnswers { get; private set; } = [];

    public IReadOnlyList<ClinicianProfile> Clinicians { get; private set; } = [];

    public string? Done { get; private set; }

    /// <summary>Themes, work outcomes and research-contact consent (issue 19); null for older journeys.</summary>
    public EvaluationRecord? Evaluation { get; private set; }

    protected override string What => "journey-record";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Done = TempData["Done"] as string;
        return ShowAsync(cancellationToken);
    }

    protected override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var events = await Session.Events.FetchStreamAsync(Id, token: cancellationToken);
        Detail = JourneyDetail.From(Journey, events);
        Notes = RecordNotes.Notes(events);
        RiskPanel = new RiskPanel(
            Id,
            RiskHistory.From(events.Select(e => e.Data)),
            Times,
            Actions: true,
            Journey.HasEnded
        );
        ScreeningAnswers = ScreeningAnswerView.From(events.Select(e => e.Data));
        Support = await SupportAsync(cancellationToken);
        Contact = (
            await Session.Events.AggregateStreamAsync<Features.Journeys.ChangingContactPreferences.ContactCard>(
                Id,
                token: cancellationToken
            )
        )?.Stated;
        Clinicians = await ClinicianDirectory.ListAsync(Session, Me.HubId, cancellationToken);
        var history = await Session.LoadAsync<MeasureHistory>(Id, cancellationToken);
        Evaluation = await Session.LoadAsync<EvaluationRecord>(Id, cancellationToken);
        var options = (await HubSettingsStore.LoadAsync(Session, Journey.HubId, cancellationToken)).Screening.Scoring;
        Results = ResultSeries.Of(MeasureResults.All(history), options);
        var points = MeasureHistoryEndpoint.Marked(ScorePoints.Of(history));
        Charts =
        [
            MeasureChart.For(
                "phq9",
                "PHQ-9 (depression)",
                27,
                10,
                ReliableChange.Phq9Threshold,
                points.Select(p => (p.At, ClinicWords.ChartLabel(p.Occasion, p.SessionNumber), p.Phq9)).ToList()
            ),
            MeasureChart.For(
                "gad7",
                "GAD-7 (anxiety)",
                21,
                8,
                ReliableChange.Gad7Threshold,
                points.Select(p => (p.At, ClinicWords.ChartLabel(p.Occasion, p.SessionNumber), p.Gad7)).ToList()
            ),
        ];
    }
}
