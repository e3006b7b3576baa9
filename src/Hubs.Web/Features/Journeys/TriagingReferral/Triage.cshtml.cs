using FluentValidation;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.ManagingRisk;
using Hubs.Web.Features.Journeys.ReadingJourney;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Journeys.ReferringOn;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.TriagingReferral;

/// <summary>
/// Record the triage decision: the same validator and decision as <c>POST /api/journeys/{id}/triage</c>.
/// </summary>
public sealed class TriageModel(IDocumentSession session, ClinicClock clock, IValidator<TriageReferral> validator)
    : JourneyPage(session, clock)
{
    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? SignpostedTo { get; set; }

    [BindProperty]
    public string? ServiceId { get; set; }

    /// <summary>The Hub's current directory, for the signposting choice.</summary>
    public IReadOnlyList<Choice> Services { get; private set; } = [];

    public IReadOnlyList<MeasurePoint> Screening { get; private set; } = [];

    protected override string What => "triage-form";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var service = OnwardChoices.Parse(ServiceId);
        var command = new TriageReferral(Words.Parse<TriageOutcome>(Outcome), Reason ?? "", SignpostedTo, service);
        Validate(validator, command);
        var listing = await OnwardChoices.LoadAsync(Session, service, cancellationToken);
        var done =
            command.Outcome == TriageOutcome.Assess
                ? "Triage recorded: to be assessed."
                : "Triage recorded: the journey is closed.";
        return await WriteAsync(
            journey => TriageReferralDecision.Decide(journey, command, Me.Id, Times.Now, listing),
            done,
            cancellationToken
        );
    }

    public RiskPanel RiskPanel { get; private set; } = null!;

    public IReadOnlyList<AnsweredMeasure> ScreeningAnswers { get; private set; } = [];

    /// <summary>
    /// The measures' totals, every screening answer and the risk picture: triage decides with all of them.
    /// </summary>
    protected override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        Screening = (await Session.LoadAsync<MeasureHistory>(Id, cancellationToken))
            ?.Points.Where(p => p.Occasion == MeasureOccasion.Screening)
            .ToList()
            ?? [];
        var events = (await Session.Events.FetchStreamAsync(Id, token: cancellationToken)).Select(e => e.Data).ToList();
        RiskPanel = new RiskPanel(
            Id,
            RiskHistory.From(events),
            Times,
            Actions: true,
            (await AppointmentsAsync(cancellationToken)).Ended
        );
        ScreeningAnswers = ScreeningAnswerView.From(events);
        Services = await OnwardChoices.ServicesAsync(Session, Me.HubId, cancellationToken);
    }
}
