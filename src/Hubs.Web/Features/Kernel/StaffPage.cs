using System.Security.Claims;
using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.Kernel;

/// <summary>
/// Every staff page (the clinic's, the peer supporter's): who is acting, resolved once before any handler and
/// refused (403) when the token does not describe one; the request's Marten session and the Hub's clock; and the
/// form's validation, the API's own validator with each error beside its field (a refused save under
/// <see cref="FormKey"/>). The policy a page needs is declared on the page type that derives from this one.
/// </summary>
public abstract class StaffPage<TCaller>(IDocumentSession session, ClinicClock clock) : PageModel
    where TCaller : class
{
    public const string FormKey = "form";

    protected IDocumentSession Session { get; } = session;

    public ClinicClock Times { get; } = clock;

    public TCaller Me { get; private set; } = null!;

    /// <summary>The caller a signed-in principal describes, or null when it is not one of this page's staff.</summary>
    protected abstract Task<TCaller?> CallerAsync(ClaimsPrincipal user, CancellationToken cancellationToken);

    public override async Task OnPageHandlerExecutionAsync(
        PageHandlerExecutingContext context,
        PageHandlerExecutionDelegate next
    )
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (await CallerAsync(User, HttpContext.RequestAborted) is not { } me)
        {
            context.Result = Forbid();
            return;
        }

        Me = me;
        await next();
    }

    /// <summary>
    /// Refuses control characters and all-zeros ids, then runs the command's own validator (the API's); each
    /// error goes next to the field of the same name.
    /// </summary>
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

    /// <summary>
    /// A form's date and time fields as the Hub's local time; when they are not one, null and an error beside the
    /// date field (<c>Date</c>).
    /// </summary>
    protected DateTimeOffset? DateAndTime(string? date, string? time)
    {
        var at = Times.FromLocal(date, time);
        if (at is null)
        {
            ModelState.AddModelError("Date", "Enter the date and time, like 2026-12-01 and 13:00.");
        }

        return at;
    }
}
