using Hubs.ServiceDefaults.Auth;
using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Journeys.ContactRules;
using Hubs.Web.Features.Kernel;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.Workshops;

/// <summary>
/// A signed-in keyworker's page about one workshop (route value <c>workshopId</c>): the workshop from its read
/// model and, when they hold one, their own place. No such workshop is a 404, as is a refused or lost write's
/// place that is someone else's.
/// </summary>
[Authorize(Policy = HubsPolicies.Keyworker)]
public abstract class KeyworkerWorkshopPage(IQuerySession session, ContactSettings settings) : PageModel
{
    public const string FormKey = "form";

    [FromRoute]
    public Guid WorkshopId { get; set; }

    protected IQuerySession Session { get; } = session;

    public KeyworkerCaller Me { get; private set; } = null!;

    public Workshop Workshop { get; private set; } = null!;

    /// <summary>The keyworker's own place (booked or attended), or null.</summary>
    public WorkshopPlace? Place => Workshop.PlaceOf(Me.Id);

    public HubTime Time => new(settings.Zone);

    public override async Task OnPageHandlerExecutionAsync(
        PageHandlerExecutingContext context,
        PageHandlerExecutionDelegate next
    )
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (KeyworkerCaller.FromPrincipal(User) is not { } me)
        {
            context.Result = Forbid();
            return;
        }

        Me = me;
        if (
            WorkshopId == Guid.Empty
            || await Session.LoadAsync<Workshop>(WorkshopId, HttpContext.RequestAborted) is not { } workshop
        )
        {
            context.Result = NotFound();
            return;
        }

        Workshop = workshop;
        await next();
    }

    /// <summary>Refuses control characters, then runs the command's own validator (the API's).</summary>
    protected bool Validate<T>(FluentValidation.IValidator<T> validator, T command)
    {
        ArgumentNullException.ThrowIfNull(validator);
        foreach (var (field, message) in InputHygiene.Check(command))
        {
            ModelState.AddModelError(field, message);
        }

        ModelState.AddFirstPerField(validator.Validate(command).Errors);
        return ModelState.IsValid;
    }

    /// <summary>A write that did not happen, as an error on the form; null when it was written.</summary>
    protected IActionResult? Refused(AppendOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        switch (outcome.Status)
        {
            case AppendStatus.Written:
                return null;
            case AppendStatus.Refused:
                ModelState.AddModelError(FormKey, outcome.Refusal!.Detail);
                return Page();
            case AppendStatus.Stale:
                ModelState.AddModelError(FormKey, "Many people are booking right now. Please try again.");
                return Page();
            default:
                return NotFound();
        }
    }
}
