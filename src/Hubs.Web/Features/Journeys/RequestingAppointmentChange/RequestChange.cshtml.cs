using FluentValidation;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Journeys.ContactRules;
using Hubs.Web.Features.Journeys.Access;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Hubs.Web.Features.Shared;

namespace Hubs.Web.Features.Journeys.RequestingAppointmentChange;

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
        if (await OwnJourneys.LoadAsync(session, this, JourneyId, cancellationToken) is not { } shown
            || shown.FindAppointment(AppointmentId) is not { } appointment)
        {
            return NotFound();
        }

        Appointment = appointment;
        var command = new RequestAppointmentChange(ChangeKinds.Parse(Kind), Reason);
        foreach (var error in validator.Validate(command).Errors)
        {
            ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow();
        var outcome = await OwnJourneys.WriteAsync(
            session, this, JourneyId, Version, now,
            journey => RequestAppointmentChangeDecision.Decide(journey, AppointmentId, command, now), cancellationToken);
        switch (outcome.Status)
        {
            case AppendStatus.Written:
                return RedirectToPage("/Journeys/ReadingOwnJourneys/MyJourneys", new { done = ChangeKinds.Name(command.Kind) });
            case AppendStatus.NotFound:
                return NotFound();
            case AppendStatus.Refused:
                ModelState.AddModelError(nameof(Kind), outcome.Refusal!.Detail);
                return Page();
            default:
                return await OnGetAsync(cancellationToken) is PageResult page ? Changed(page) : NotFound();
        }
    }

    private PageResult Changed(PageResult page)
    {
        ModelState.AddModelError(nameof(Kind), "Your appointment changed while you were on this page. Check it and send your request again.");
        return page;
    }
}
