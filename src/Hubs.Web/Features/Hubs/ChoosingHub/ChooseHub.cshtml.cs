using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.Hubs.ChoosingHub;

/// <summary>
/// The Hub chooser: a staff member of several Hubs picks the one every page shows (the header's switcher posts
/// here too). Only one of their own Hubs is accepted; any other is refused (403) and nothing is remembered.
/// </summary>
[Authorize(Policy = HubsPolicies.HubStaff)]
public sealed class ChooseHubModel(HubDirectory hubs) : PageModel
{
    [BindProperty]
    public string? Hub { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IReadOnlyList<Choice> Choices { get; private set; } = [];

    public IReadOnlyList<string> Mine { get; private set; } = [];

    public string? Shown { get; private set; }

    public bool InClinic => User.HasRole(HubsRoles.Clinician) || User.HasRole(HubsRoles.HubLead);

    public void OnGet() => Describe();

    public IActionResult OnPost()
    {
        Describe();
        if (Hub is null || !Mine.Contains(Hub))
        {
            ModelState.AddModelError(nameof(Hub), HubChoiceWords.Refused);
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        HubChoice.Remember(Response, Hub);
        return LocalRedirect(ReturnPath.After(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null, User));
    }

    private void Describe()
    {
        Mine = HubChoice.Mine(HttpContext);
        Shown = HubChoice.Shown(HttpContext);
        Choices = [.. Mine.Select(id => new Choice(id, hubs.Hubs.FirstOrDefault(h => h.Id == id)?.Name ?? id))];
    }
}
