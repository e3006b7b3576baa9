using Hubs.Web.Features.Journeys.Events;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.Journeys.AnsweringScreening;

/// <summary>
/// The person would rather a clinician asked the questions by phone: the request goes on the journey stream
/// (the Hub sees it in the triage queue) and the online answers stay open. The page promises a call only to
/// someone who allowed phone contact; others are told the Hub will arrange it in the ways they chose.
/// </summary>
public sealed class ByPhoneModel(IDocumentSession session, TimeProvider clock) : PageModel
{
    [FromRoute]
    public Guid ScreeningId { get; set; }

    /// <summary>How the Hub will be in touch: a call only for someone who allowed calls.</summary>
    public WhatHappensNext Next { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await ScreeningNextSteps.LoadAsync(session, ScreeningId, cancellationToken) is not { } next)
        {
            return NotFound();
        }

        Next = next;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var draft = await session.LoadAsync<ScreeningDraft>(ScreeningId, cancellationToken);
        if (draft is null)
        {
            return NotFound();
        }

        draft.PhoneRequested = true;
        session.Store(draft);
        var now = clock.GetUtcNow();
        // Asked once, while screening is still to do; the draft remembers the wish either way.
        var outcome = await StreamAppend.TryAsync<Journey>(
            session,
            draft.JourneyId,
            (await session.Events.FetchStreamStateAsync(draft.JourneyId, cancellationToken))?.Version ?? 0,
            _ => true,
            j =>
                j is { Status: JourneyStatus.Submitted, ScreeningByPhoneRequested: false }
                    ? Decision.Accept(new ScreeningByPhoneRequested(draft.JourneyId, now))
                    : Decision.Accept(),
            cancellationToken
        );
        if (outcome.Status == AppendStatus.NotFound)
        {
            await session.SaveChangesAsync(cancellationToken);
        }

        return RedirectToPage();
    }
}
