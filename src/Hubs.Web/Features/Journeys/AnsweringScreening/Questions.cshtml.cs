using Hubs.Web.Features.Hubs.Settings;
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
        var journey = await session.LoadAsync<Journey>(draft.JourneyId, cancellationToken);
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
        var stream = await session.Events.FetchForWriting<Journey>(draft.JourneyId, cancellationToken);
        var configuration = await HubSettingsStore.ScreeningForAsync(
            session,
            stream.Aggregate?.HubId,
            cancellationToken
        );
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

        var (decision, _) = stream.Aggregate is null
            ? (Decision.Refuse("not-found", "No such journey."), null)
            : SaveScreeningAnswersDecision.Decide(
                stream.Aggregate,
                draft.ToAnswers(),
                new SaveScreeningAnswers(ScreeningSource.Online, ask.Measure, answers),
                configuration,
                clock.GetUtcNow()
            );
        if (decision.IsRefused)
        {
            Closed = true;
            return Page();
        }

        stream.AppendMany(decision.Events);
        draft.Record(ask.Measure, answers);
        var risk = ScreeningForm.RaisesRisk(ask.Items, answers);
        draft.RiskRaisedAt ??= risk ? clock.GetUtcNow() : null;
        session.Store(draft);
        await session.SaveChangesAsync(cancellationToken);
        return risk ? RedirectToPage("/Journeys/AnsweringScreening/Support", new { ScreeningId })
            : everyQuestion ? RedirectToPage()
            : RedirectToPage("/Journeys/AnsweringScreening/Saved", new { ScreeningId });
    }
}
