using FluentValidation;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.Clinicians.EditingProfile;

/// <summary>
/// The hub admin fills in a clinician's profile: professions, ways of working, weekly pattern (one box per day),
/// out-of-hours times, specialisms, gender and languages. The cultural background is the clinician's own to give:
/// shown here, never set here. The same validator and change as <c>PUT /api/hub-admin/clinicians/{id}</c>.
/// </summary>
[Authorize(Policy = HubsPolicies.HubAdmin)]
public sealed class ProfileModel(
    IDocumentSession session,
    HubDirectory hubs,
    IValidator<ChangeClinicianProfile> validator,
    TimeProvider clock
) : PageModel
{
    public static readonly IReadOnlyList<DayOfWeek> Week =
    [
        DayOfWeek.Monday,
        DayOfWeek.Tuesday,
        DayOfWeek.Wednesday,
        DayOfWeek.Thursday,
        DayOfWeek.Friday,
        DayOfWeek.Saturday,
        DayOfWeek.Sunday,
    ];

    public static readonly IReadOnlyList<Choice> StillWorking =
    [
        new("true", "Yes"),
        new("false", "No, they have left"),
    ];

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public List<string> Professions { get; set; } = [];

    [BindProperty]
    public List<string> Modes { get; set; } = [];

    [BindProperty]
    public List<string> OutOfHours { get; set; } = [];

    [BindProperty]
    public List<string> Specialisms { get; set; } = [];

    [BindProperty]
    public Dictionary<string, string?> Days { get; set; } = [];

    [BindProperty]
    public string? Gender { get; set; }

    [BindProperty]
    public string? Languages { get; set; }

    [BindProperty]
    public string? Active { get; set; }

    public ClinicianProfile? Profile { get; private set; }

    /// <summary>The profile's version when the form was opened: a save over someone else's change is refused.</summary>
    [BindProperty]
    public long Version { get; set; }

    [TempData]
    public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await AdminHubs.LoadAsync(session, HttpContext, hubs, Id, cancellationToken) is not (var profile, var hub))
        {
            return NotFound();
        }

        Profile = profile;
        Version = profile.Version;
        (Name, Gender, Languages) = (profile.Name, profile.Gender, string.Join(", ", profile.Languages));
        (Professions, Modes, OutOfHours, Specialisms) = (
            [.. profile.Professions],
            [.. profile.Modes],
            [.. profile.OutOfHours],
            [.. profile.Specialisms]
        );
        Days = Week.ToDictionary(
            d => d.ToString(),
            d => (string?)WorkingPatternInput.ToText(profile.WorkingPattern, d)
        );
        Active = profile.WorksIn(hub) ? "true" : "false";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await AdminHubs.LoadAsync(session, HttpContext, hubs, Id, cancellationToken) is not (var profile, var hub))
        {
            return NotFound();
        }

        Profile = profile;
        var change = new ChangeClinicianProfile(
            Name,
            Professions,
            Modes,
            OutOfHours,
            Specialisms,
            [.. Week.SelectMany(d => WorkingPatternInput.FromText(d, Days.GetValueOrDefault(d.ToString())))],
            Gender,
            PersonalRules.LanguagesFrom(Languages),
            Active != "false"
        );
        ModelState.AddFirstPerField(validator.Validate(change).Errors);
        if (!ModelState.IsValid)
        {
            ViewData["ErrorLinks"] = new Dictionary<string, string> { ["WorkingPattern"] = "#Days-Monday" };
            return Page();
        }

        if (Version != profile.Version)
        {
            // What they typed stays on the form; saving again (at the version now shown) is a choice, not an accident.
            ModelState.AddModelError("form", ProfileVersions.Stale);
            Version = profile.Version;
            return Page();
        }

        session.Store(ProfileChanges.ByAdmin(profile, change, hub, clock.GetUtcNow()));
        await session.SaveChangesAsync(cancellationToken);
        Saved = true;
        return RedirectToPage(new { Id });
    }
}
