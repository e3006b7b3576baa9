using Hubs.Web.Features.Hubs.ChangingSettings;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Questionnaires;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.Journeys.AnsweringScreening;

/// <summary>
/// Screening, one measure per page, as <see cref="ScreeningPlan.Next"/> decides from the answers saved so far.
/// Every page's answers go onto the journey stream through the same decision as the API, so a risk answer
/// puts the journey at the top of the Hub's triage queue at once and a finished screening is recorded; the
/// draft only remembers where the person is. A risk answer goes straight to the support page.
/// </summary>
public sealed class QuestionsModel(IDocumentSession session, TimeProvider clock) : PageModel
{
    [FromRoute]
    public Guid ScreeningId { get; set; }

    public ScreeningStep Step { get; private set; } = null!;

    public bool PhoneRequested { get; private set; }

    /// <summary>
    /// The Hub has already recorded a screening (by phone, say) or the referral has ended: nothing more to answer.
    /// </summary>
    public bool Closed { get; private set; }

    /// <summary>
    /// What happens next and how the Hub will be in touch (their own contact choices); null without a journey.
    /// </summary>
    public WhatHappensNext? Next { get; private set; }

    /// <summary>What was picked on this page, kept when the page is shown again with errors.</summary>
    public Dictionary<string, string> Picked { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var draft = await session.LoadAsync<ScreeningDraft>(ScreeningId, cancellationToken);
        if (draft is null)
        {
            return NotFound();
        }

        PhoneRequested = draft.PhoneRequested;
        Next = await WhatHappensNext.LoadAsync(session, draft.JourneyId, cancellationToken);
        var journey = await session.LoadAsync<JourneySummary>(draft.JourneyId, cancellationToken);
        Step = ScreeningPlan.Next(
            await HubSettingsStore.ScreeningForAsync(session, journey?.HubId, cancellationToken),
            draft.ToAnswers()
        );
        Closed =
            Step is not ScreeningComplete
            && journey is null or { HasEnded: true } or { Status: not JourneyStatus.Submitted };
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SaveAsync(everyQuestion: true, cancellationToken);

    /// <summary>Save and come back later: keeps whatever was answered on this page, asks for nothing more.</summary>
    public Task<IActionResult> OnPostLaterAsync(CancellationToken cancellationToken) =>
        SaveAsync(everyQuestion: false, cancellationToken);

    private async Task<IActionResult> SaveAsync(bool everyQuestion, CancellationToken cancellationToken)
    {
        var draft = await session.LoadAsync<ScreeningDraft>(ScreeningId, cancellationToken);
        if (draft is null)
        {
            return NotFound();
        }

        PhoneRequested = draft.PhoneRequested;
        var journey = await session.LoadAsync<JourneySummary>(draft.JourneyId, cancellationToken);
        var configuration = await HubSettingsStore.ScreeningForAsync(session, journey?.HubId, cancellationToken);
        Step = ScreeningPlan.Next(configuration, draft.ToAnswers());
        if (Step is not AskQuestions ask)
        {
            return RedirectToPage();
        }

        var answers = ScreeningForm.Read(Request.Form, ask.Items, ModelState, Picked, everyQuestion);
        if (!ModelState.IsValid)
        {
            Next = await WhatHappensNext.LoadAsync(session, draft.JourneyId, cancellationToken);
            return Page();
        }

        var saved = draft.ToAnswers();
        var command = new SaveScreeningAnswers(ScreeningSource.Online, ask.Measure, answers);
        var now = clock.GetUtcNow();
        var risk = ScreeningForm.RaisesRisk(ask.Items, answers);
        var outcome = await StreamAppend.TryAsync<Journey>(
            session,
            draft.JourneyId,
            (await session.Events.FetchStreamStateAsync(draft.JourneyId, cancellationToken))?.Version ?? 0,
            _ => true,
            j => Remembered(SaveScreeningAnswersDecision.Decide(j, saved, command, configuration, now).Decision),
            cancellationToken
        );
        switch (outcome.Status)
        {
            case AppendStatus.Stale:
                // Written meanwhile (another tab): shown again as it now is.
                return RedirectToPage();
            case AppendStatus.Refused or AppendStatus.NotFound:
                Closed = true;
                return Page();
        }

        return risk ? RedirectToPage("/Journeys/AnsweringScreening/Support", new { ScreeningId })
            : everyQuestion ? RedirectToPage()
            : RedirectToPage("/Journeys/AnsweringScreening/Saved", new { ScreeningId });

        // The draft only remembers where the person is: stored with accepted answers, it commits with them.
        Decision Remembered(Decision decision)
        {
            if (!decision.IsRefused)
            {
                draft.Record(ask.Measure, answers);
                draft.RiskRaisedAt ??= risk ? now : null;
                session.Store(draft);
            }

            return decision;
        }
    }
}
