using FluentValidation;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Journeys.ContactRules;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.RequestingAppointmentChange;
using JasperFx;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Pages.My;

/// <summary>The keyworker asks the Hub for a different time or to cancel: a request on the journey, which staff act on.</summary>
[Authorize(Policy = HubsPolicies.Keyworker)]
public sealed class RequestChangeModel(IDocumentSession session, IValidator<RequestAppointmentChange> validator, ContactSettings settings, TimeProvider clock) : PageModel
{
    [FromRoute] public Guid JourneyId { get; set; }

    [FromRoute] public Guid AppointmentId { get; set; }

    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }

    [BindProperty] public string? Reason { get; set; }

    [BindProperty] public long Version { get; set; }

    public Appointment Appointment { get; private set; } = null!;

    public HubTime Time => new(settings.Zone);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OwnJourneys.LoadAsync(session, this, JourneyId, cancellationToken) is not { } journey || journey.FindAppointment(AppointmentId) is not { } appointment)
        {
            return NotFound();
        }

        (Appointment, Version) = (appointment, await OwnJourneys.VersionAsync(session, JourneyId, cancellationToken));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Fetched for writing before anything else loads the journey, so the session tracks one copy of it.
            var stream = await session.Events.FetchForWriting<Journey>(JourneyId, Version, cancellationToken);
            if (KeyworkerCaller.FromPrincipal(User) is not { } caller || stream.Aggregate is not { } journey || !caller.Owns(journey)
                || journey.FindAppointment(AppointmentId) is not { } appointment)
            {
                return NotFound();
            }

            Appointment = appointment;
            var command = new RequestAppointmentChange(ChangeKinds.Parse(Kind), Reason);
            foreach (var error in validator.Validate(command).Errors)
            {
                ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
            }

            var decision = ModelState.IsValid ? RequestAppointmentChangeDecision.Decide(journey, AppointmentId, command, clock.GetUtcNow()) : null;
            if (decision?.Refusal is { } refusal)
            {
                ModelState.AddModelError(nameof(Kind), refusal.Detail);
            }

            if (!ModelState.IsValid)
            {
                return Page();
            }

            stream.AppendMany(decision!.Events);
            await session.SaveChangesAsync(cancellationToken);
            return RedirectToPage("/Contact/MyJourneys", new { done = ChangeKinds.Name(command.Kind) });
        }
        catch (ConcurrencyException)
        {
            return await OnGetAsync(cancellationToken) is PageResult page ? Changed(page) : NotFound();
        }
    }

    private PageResult Changed(PageResult page)
    {
        ModelState.AddModelError(nameof(Kind), "Your appointment changed while you were on this page. Check it and send your request again.");
        return page;
    }
}
