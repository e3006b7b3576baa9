using FluentValidation;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Clinicians.JoiningDirectory;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.Clinicians.EditingOwnProfile;

/// <summary>
/// A clinician's own profile: what the hub admin recorded (read only here), and the personal parts they give
/// themselves: name, gender, languages and, only if they agree, their cultural background. The same validator and
/// change as <c>PUT /api/my/clinician-profile</c>.
/// </summary>
[Authorize(Policy = HubsPolicies.ClinicalStaff)]
public sealed class OwnProfileModel(
    IDocumentSession session,
    IValidator<ChangeOwnProfile> validator,
    TimeProvider clock
) : PageModel
{
    public static readonly IReadOnlyList<Choice> Agreement =
    [
        new("true", "I agree that hub leads may use my cultural background to suggest me to keyworkers who ask for it"),
    ];

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Gender { get; set; }

    [BindProperty]
    public string? Languages { get; set; }

    [BindProperty]
    public string? CulturalBackground { get; set; }

    [BindProperty]
    public List<string> AgreeToUseBackground { get; set; } = [];

    public ClinicianProfile? Profile { get; private set; }

    /// <summary>The profile's version when the form was opened: a save over someone else's change is refused.</summary>
    [BindProperty]
    public long Version { get; set; }

    [TempData]
    public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await ClinicianJoining.EnsureAsync(session, User, clock.GetUtcNow(), cancellationToken) is not { } mine)
        {
            return NotFound();
        }

        Profile = mine;
        Version = mine.Version;
        Name = mine.Name == ClinicianJoining.NewName ? null : mine.Name;
        (Gender, Languages, CulturalBackground) = (
            mine.Gender,
            string.Join(", ", mine.Languages),
            mine.SharedBackground
        );
        AgreeToUseBackground = mine.SharedBackground is null ? [] : ["true"];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await ClinicianJoining.EnsureAsync(session, User, clock.GetUtcNow(), cancellationToken) is not { } mine)
        {
            return NotFound();
        }

        Profile = mine;
        var change = new ChangeOwnProfile(
            Name,
            Gender,
            PersonalRules.LanguagesFrom(Languages),
            CulturalBackground,
            AgreeToUseBackground.Contains("true")
        );
        ModelState.AddFirstPerField(validator.Validate(change).Errors);
        if (!ModelState.IsValid)
        {
            ViewData["ErrorLinks"] = new Dictionary<string, string>
            {
                ["AgreeToUseBackground"] = "#AgreeToUseBackground",
            };
            return Page();
        }

        if (Version != mine.Version)
        {
            // What they typed stays on the form; saving again (at the version now shown) is a choice, not an accident.
            ModelState.AddModelError("form", ProfileVersions.Stale);
            Version = mine.Version;
            return Page();
        }

        session.Store(ProfileChanges.ByClinician(mine, change, clock.GetUtcNow()));
        await session.SaveChangesAsync(cancellationToken);
        Saved = true;
        return RedirectToPage();
    }
}
