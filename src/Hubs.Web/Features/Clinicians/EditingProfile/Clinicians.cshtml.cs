using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Hubs.KeepingSelfHelpLibrary;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.Clinicians.EditingProfile;

/// <summary>
/// The hub admin's list of their Hub's clinicians: everyone with the clinician role who has signed in to Hubs
/// (a profile is made at their first sign-in), with what allocation knows about them. Staff data only.
/// </summary>
[Authorize(Policy = HubsPolicies.HubAdmin)]
public sealed class CliniciansModel(IQuerySession session, HubDirectory hubs) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Hub { get; set; }

    public string HubName { get; private set; } = "";

    public IReadOnlyList<ClinicianProfile> Clinicians { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Hub = AdministeredHub.Of(HttpContext, Hub, hubs);
        if (Hub is null)
        {
            return NotFound();
        }

        HubName = hubs.Hubs.First(h => h.Id == Hub).Name;
        Clinicians = await session
            .Query<ClinicianProfile>()
            .Where(c => c.HubIds.Contains(Hub))
            .OrderBy(c => c.Name)
            .ToListAsync(cancellationToken);
        return Page();
    }
}
