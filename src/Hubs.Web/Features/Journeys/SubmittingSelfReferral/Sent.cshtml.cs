using Hubs.Web.Features.Journeys.AnsweringScreening;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

/// <summary>
/// "Referral sent": the reference to quote, when the Hub aims to make contact and how, and where to get help
/// sooner. Reached by the screening's unguessable id, like the questions; an unknown id is a 404.
/// </summary>
public sealed class SentModel(IQuerySession session) : PageModel
{
    [FromRoute]
    public Guid ScreeningId { get; set; }

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
}
