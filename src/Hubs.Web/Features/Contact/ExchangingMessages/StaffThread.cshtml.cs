using FluentValidation;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Audit;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.ContactRules;
using Hubs.Web.Features.Privacy;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.Contact.ExchangingMessages;

/// <summary>The Hub's side of the thread, on the journey record: opening it is an audited read, like the API.</summary>
[Authorize(Policy = HubsPolicies.ClinicalStaff)]
public sealed class StaffThreadModel(IDocumentSession session, ThreadForm form, TimeProvider clock) : PageModel
{
    [FromRoute]
    public Guid JourneyId { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    public ThreadView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await OpenAsync(cancellationToken) ? await ShowAsync(cancellationToken) : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await OpenAsync(cancellationToken))
        {
            return NotFound();
        }

        if (
            await form.PostAsync(
                JourneyId,
                MessageAuthor.Hub,
                StaffMember.FromPrincipal(User, HubChoice.Of(HttpContext))!.Id,
                Text,
                ModelState,
                cancellationToken
            )
        )
        {
            return RedirectToPage(new { JourneyId });
        }

        return await ShowAsync(cancellationToken);
    }

    private async Task<bool> OpenAsync(CancellationToken cancellationToken) =>
        StaffMember.FromPrincipal(User, HubChoice.Of(HttpContext)) is { } staff
        && await AuditedRead.EnterAsync(
            session,
            JourneyId,
            new JourneyCaller(null, staff),
            AccessModel.For(PageContext),
            "messages",
            clock.GetUtcNow(),
            cancellationToken
        ) == OpenRefusal.None;

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        View = await form.ViewAsync(JourneyId, MessageAuthor.Hub, Text, ModelState, cancellationToken);
        return Page();
    }
}
