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
public sealed class StaffThreadModel(
    IDocumentSession session,
    KeyworkerKeys keys,
    IValidator<PostMessage> validator,
    ContactSettings settings,
    TimeProvider clock
) : PageModel
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

        var command = new PostMessage(Text);
        var refusal = ThreadForm.Check(validator.Validate(command), ModelState)
            ? (
                await MessageThreads.AddByIdAsync(
                    session,
                    keys,
                    JourneyId,
                    MessageAuthor.Hub,
                    StaffMember.FromPrincipal(User)!.Id,
                    command,
                    clock.GetUtcNow(),
                    cancellationToken
                )
            ).Refusal
            : null;
        if (ModelState.IsValid && refusal is null)
        {
            return RedirectToPage(new { JourneyId });
        }

        ThreadForm.Refused(refusal, ModelState);
        return await ShowAsync(cancellationToken);
    }

    private async Task<bool> OpenAsync(CancellationToken cancellationToken) =>
        StaffMember.FromPrincipal(User) is { } staff
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
        View = new ThreadView(
            await MessageThreads.ReadAsync(session, JourneyId, cancellationToken),
            MessageAuthor.Hub,
            settings.Zone,
            ModelState.IsValid ? null : Text
        );
        return Page();
    }
}
