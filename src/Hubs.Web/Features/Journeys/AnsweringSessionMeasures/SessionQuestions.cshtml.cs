using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Hubs.ChangingSettings;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.AnsweringScreening;
using Hubs.Web.Features.Journeys.ContactRules;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.AnsweringSessionMeasures;

/// <summary>
/// The keyworker answers their Hub's session measures before a treatment session, one questionnaire a page, on
/// their phone: every page is saved on the journey stream (sealed) so they can stop and come back, a self-harm
/// answer shows the same urgent help as at screening, and the clinician's session form starts from the totals.
/// </summary>
[Authorize(Policy = HubsPolicies.Keyworker)]
public sealed class SessionQuestionsModel(IDocumentSession session, ContactSettings settings, TimeProvider clock)
    : OwnJourneyPage(session, clock)
{
    [FromRoute]
    public Guid AppointmentId { get; set; }

    /// <summary>
    /// What the page shows after a save: "saved" (come back later) or "support" (after a risk answer).
    /// </summary>
    [BindProperty(SupportsGet = true)]
    public string? Shown { get; set; }

    public Appointment Appointment { get; private set; } = null!;

    public PreSessionProgress Progress { get; private set; } = null!;

    public IReadOnlyList<MeasureId> Measures { get; private set; } = [];

    /// <summary>The questionnaire to answer now; null once all are answered or when nothing can be answered.</summary>
    public MeasureDefinition? Step { get; private set; }

    /// <summary>The session is still to come on an open journey: the questions can be answered.</summary>
    public bool Open { get; private set; }

    /// <summary>What was picked on this page, kept when the page is shown again with errors.</summary>
    public Dictionary<string, string> Picked { get; } = [];

    public HubTime Time => new(settings.Zone);

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    /// <summary>
    /// Which button sent the page: "later" (save and come back later) keeps whatever was answered on this page and
    /// asks for nothing more; anything else is Continue, which needs every question answered.
    /// </summary>
    [BindProperty]
    public string? Save { get; set; }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SaveAsync(everyQuestion: Save != "later", cancellationToken);

    private async Task<IActionResult> SaveAsync(bool everyQuestion, CancellationToken cancellationToken)
    {
        if (!await OpenAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Progress.CompletedAt is not null || Step is null || !Open)
        {
            // A second sending (an old tab, the back button) changes nothing: the page says why.
            ModelState.AddModelError(string.Empty, Closed());
            return Page();
        }

        var step = Step;
        var answers = ScreeningForm.Read(Request.Form, step.Items, ModelState, Picked, everyQuestion);
        if (ModelState.IsValid && answers.Count == 0)
        {
            return RedirectToPage(new { Shown = "saved" });
        }

        var options = (await HubSettingsStore.LoadAsync(Session, Own.HubId, cancellationToken)).Screening.Scoring;
        var progress = Progress;
        var measures = Measures;
        var command = new SaveSessionAnswers(AppointmentId, step.Id, answers);
        var now = Clock.GetUtcNow();
        var risk = false;
        return await WriteAsync(
            journey =>
            {
                var decision = SaveSessionAnswersDecision.Decide(journey, progress, command, measures, options, now);
                risk = decision.Events.OfType<RiskFlagRaised>().Any();
                return decision;
            },
            () =>
                RedirectToPage(
                    new
                    {
                        Shown = risk ? "support"
                        : everyQuestion ? null
                        : "saved",
                    }
                ),
            cancellationToken
        );
    }

    /// <summary>An appointment that is not on this journey is not found, like the journey of someone else.</summary>
    protected override async Task<bool> PrepareAsync(CancellationToken cancellationToken)
    {
        Appointment = Own.Find(AppointmentId)!;
        if (Appointment is null)
        {
            return false;
        }

        Measures = (await HubSettingsStore.LoadAsync(Session, Own.HubId, cancellationToken)).SessionMeasures;
        Progress = await PreSessionProgress.LoadAsync(Session, JourneyId, AppointmentId, cancellationToken);
        Open =
            !Own.Ended
            && Appointment is { Purpose: AppointmentPurpose.Treatment, State: AppointmentState.Booked }
            && Appointment.StartsAt > Clock.GetUtcNow();
        Step = Progress.Next(Measures) is { } next && Open && Progress.CompletedAt is null ? Catalogue.Get(next) : null;
        return true;
    }

    /// <summary>Why nothing more can be answered here.</summary>
    public string Closed() =>
        Progress.CompletedAt is { } done
            ? $"You answered the questions for this session on {Time.Date(done)}. The Hub has your answers."
        : Own.Ended ? "Your support from the Hub has ended, so there is nothing to answer before a session."
        : "These questions are for a session that is still to come. "
            + "This appointment has already started or is no longer booked.";

    /// <summary>"Page 1 of 2": where this questionnaire is among the Hub's session measures.</summary>
    public int StepNumber => Step is null ? Measures.Count : Measures.ToList().IndexOf(Step.Id) + 1;
}
