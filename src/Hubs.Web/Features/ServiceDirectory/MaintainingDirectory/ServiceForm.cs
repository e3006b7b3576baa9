using Hubs.ServiceDefaults.Auth;
using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.ServiceDirectory.MaintainingDirectory;

/// <summary>The fields of a service as the admin types them (add and change pages), read back as the command.</summary>
[Authorize(Policy = HubsPolicies.HubAdmin)]
public abstract class ServiceForm : PageModel
{
    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? HowToRefer { get; set; }

    [BindProperty]
    public string? Eligibility { get; set; }

    [BindProperty]
    public string? Contact { get; set; }

    protected HubAdmin? Admin => HubAdmin.FromPrincipal(User, HubChoice.Of(HttpContext));

    protected DescribeService Command() =>
        new(
            Enum.TryParse<ServiceKind>(Kind, out var kind) && Enum.IsDefined(kind) ? kind : null,
            Name,
            HowToRefer,
            Eligibility,
            Contact
        );

    /// <summary>Refuses control characters, then the API's validator: each error next to its field.</summary>
    protected bool Validate(FluentValidation.IValidator<DescribeService> validator, DescribeService command)
    {
        ArgumentNullException.ThrowIfNull(validator);
        foreach (var (field, message) in InputHygiene.Check(command))
        {
            ModelState.AddModelError(field, message);
        }

        ModelState.AddFirstPerField(validator.Validate(command).Errors);
        return ModelState.IsValid;
    }

    protected void Show(ServiceDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        Kind = details.Kind.ToString();
        Name = details.Name;
        HowToRefer = details.HowToRefer;
        Eligibility = details.Eligibility;
        Contact = details.Contact;
    }
}
