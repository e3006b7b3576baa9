using FluentValidation;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Audit;
using Hubs.Web.Features.Journeys.ContactRules;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Privacy;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.Contact.Messages;

/// <summary>The Hub's side of the thread, on the journey record: opening it is an audited read, like the API.</summary>
[Authorize(Policy = HubsPolicies.ClinicalStaff)]
public sealed class StaffThreadModel(
    IDocumentSession session, KeyworkerKeys keys, IValidator<PostMessage> validator, ContactSettings settings, TimeProvider clock) : PageModel
{
    [FromRoute]
    public Guid JourneyId { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    public ThreadView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await OpenAsync(cancellationToken) is { } journey ? await ShowAsync(journey, cancellationToken) : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await OpenAsync(cancellationToken) is not { } journey)
        {
            return NotFound();
        }

        var command = new PostMessage(Text);
        var refusal = ThreadForm.Check(validator.Validate(command), ModelState)
            ? (await MessageThreads.AddAsync(session, keys, journey, MessageAuthor.Hub, StaffMember.FromPrincipal(User)!.Id, command, clock.GetUtcNow(), cancellationToken)).Refusal
            : null;
        if (ModelState.IsValid && refusal is null)
        {
            return RedirectToPage(new { JourneyId });
        }

        ThreadForm.Refused(refusal, ModelState);
        return await ShowAsync(journey, cancellationToken);
    }

    private async Task<Journey?> OpenAsync(CancellationToken cancellationToken) =>
        StaffMember.FromPrincipal(User) is { } staff
            ? (await AuditedRead.TryOpenAsync(session, JourneyId, new JourneyCaller(null, staff), AccessModel.For(PageContext), "messages", clock.GetUtcNow(), cancellationToken)).Journey
            : null;

    private async Task<IActionResult> ShowAsync(Journey journey, CancellationToken cancellationToken)
    {
        View = new ThreadView(await MessageThreads.ReadAsync(session, journey.Id, cancellationToken), MessageAuthor.Hub, settings.Zone, ModelState.IsValid ? null : Text);
        return Page();
    }
}
