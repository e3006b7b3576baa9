using FluentValidation;
using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Pages.Screening;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Pages.Refer;

/// <summary>
/// Check your answers, then submit: the same decision and stream start as <c>POST /api/journeys</c>, with the
/// preferences and an empty screening saved in the same transaction and the draft destroyed.
/// </summary>
public sealed class CheckAnswersModel(
    DraftStore drafts, IValidator<SubmitSelfReferral> validator, HubDirectory hubs, KeyworkerKeys keys, TimeProvider clock)
    : PageModel
{
    [FromRoute]
    public Guid DraftId { get; set; }

    public IReadOnlyList<AnswerRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var draft = await drafts.FindAsync(DraftId, cancellationToken);
        if (draft is null)
        {
            return RedirectToPage("/Refer/Expired");
        }

        Rows = AnswerRows.For(draft, hubs);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var draft = await drafts.FindAsync(DraftId, cancellationToken);
        if (draft is null)
        {
            return RedirectToPage("/Refer/Expired");
        }

        var command = draft.ToCommand();
        var missing = MissingAnswers.Of(draft, validator.Validate(command));
        if (missing.Count > 0)
        {
            foreach (var answer in missing)
            {
                ModelState.AddModelError(answer.Key, answer.Message);
            }

            ViewData["ErrorLinks"] = missing.DistinctBy(m => m.Key).ToDictionary(m => m.Key, m => Url.Page(m.StepPage, new { DraftId, change = true }) ?? "");
            Rows = AnswerRows.For(draft, hubs);
            return Page();
        }

        var session = drafts.Session;
        var journeyId = await SelfReferralStream.StartAsync(session, keys, command, clock.GetUtcNow(), keyworkerId: null, cancellationToken);
        session.Store(new ReferralPreferences { Id = journeyId, Support = draft.Support });
        var screening = new ScreeningDraft { Id = Guid.NewGuid(), JourneyId = journeyId };
        session.Store(screening);
        session.Delete<ReferralDraft>(draft.Id);
        await session.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Refer/Sent", new { screeningId = screening.Id });
    }
}
