using FluentValidation;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.ContactRules;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.RequestingAppointmentChange;

/// <summary>
/// The keyworker asks the Hub for a different time or to cancel: a request on the journey, which staff act on.
/// </summary>
[Authorize(Policy = HubsPolicies.Keyworker)]
public sealed class RequestChangeModel(
    IDocumentSession session,
    IValidator<RequestAppointmentChange> validator,
    ContactSettings settings,
    TimeProvider clock
) : OwnJourneyPage(session, clock)
{
    [FromRoute]
    public Guid AppointmentId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public Appointment Appointment { get; private set; } = null!;

    public HubTime Time => new(settings.Zone);

    protected override string FormField => nameof(Kind);

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new RequestAppointmentChange(ChangeKinds.Parse(Kind), Reason);
        foreach (var error in validator.Validate(command).Errors)
        {
            ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }

        var now = Clock.GetUtcNow();
        return WriteAsync(
            journey => RequestAppointmentChangeDecision.Decide(journey, AppointmentId, command, now),
            () =>
                RedirectToPage(
                    "/Journeys/ReadingOwnJourneys/MyJourneys",
                    new { done = ChangeKinds.Name(command.Kind) }
                ),
            cancellationToken
        );
    }

    /// <summary>An appointment that is not on this journey is not found, like the journey of someone else.</summary>
    protected override Task<bool> PrepareAsync(CancellationToken cancellationToken)
    {
        Appointment = Own.Find(AppointmentId)!;
        return Task.FromResult(Appointment is not null);
    }
}
