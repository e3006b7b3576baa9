using Hubs.ServiceDefaults.Auth;
using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.AdverseEvents.SupportingStaff;

/// <summary>
/// Every peer supporter page: the peer-supporter role only, and only events assigned to the caller in their Hub
/// (<see cref="PeerSupportCaller.Supports"/>). Not a clinic page: a peer supporter sees nothing clinical.
/// </summary>
[Authorize(Policy = HubsPolicies.PeerSupporter)]
public abstract class PeerSupportPage(IDocumentSession session, ClinicClock clock) : PageModel
{
    public const string FormKey = "form";

    protected IDocumentSession Session { get; } = session;

    public ClinicClock Times { get; } = clock;

    public PeerSupportCaller Me { get; private set; } = null!;

    public override async Task OnPageHandlerExecutionAsync(
        PageHandlerExecutingContext context,
        PageHandlerExecutionDelegate next
    )
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (PeerSupportCaller.FromPrincipal(User) is not { } me)
        {
            context.Result = Forbid();
            return;
        }

        Me = me;
        await next();
    }

    /// <summary>Control characters refused, then the API's own validator, each error by its field.</summary>
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
}
