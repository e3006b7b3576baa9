using System.Globalization;
using FluentValidation;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Hubs.KeepingSelfHelpLibrary;
using Hubs.Web.Features.Questionnaires;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.Hubs.ChangingSettings;

/// <summary>
/// The hub admin's settings for their own Hub: which optional questionnaires follow the core screening, the
/// PCL-5 cut-off, the no-contact threshold and the timescales keyworkers are told. No clinical content. Checked by the
/// same validator as any other change; a refused form keeps what was chosen.
/// </summary>
[Authorize(Policy = HubsPolicies.HubAdmin)]
public sealed class SettingsModel(
    IDocumentSession session,
    HubDirectory hubs,
    IValidator<ChangeHubSettings> validator,
    TimeProvider clock
) : PageModel
{
    private static readonly Dictionary<MeasureId, string> Hints = new()
    {
        [MeasureId.Pcl5] = "Post-traumatic stress",
        [MeasureId.Itq] = "PTSD and complex PTSD",
        [MeasureId.Isi] = "Sleep",
        [MeasureId.Wsas] = "How problems affect work and life",
    };

    public static IReadOnlyList<Choice> MeasureChoices { get; } =
    [
        .. Catalogue.OptionalMeasures.Select(m => new Choice(
            m.ToString(),
            Catalogue.Get(m).Name,
            $"{Hints.GetValueOrDefault(m)}, {Catalogue.Get(m).Items.Count} questions"
        )),
    ];

    public static IReadOnlyList<Choice> SessionMeasureChoices { get; } =
    [
        .. HubSettings.AllowedSessionMeasures.Select(m => new Choice(
            m.ToString(),
            Catalogue.Get(m).Name,
            $"{Catalogue.Get(m).Items.Count} questions"
        )),
    ];

    public static IReadOnlyList<Choice> CutOffChoices { get; } =
    [
        .. Enumerable
            .Range(
                ScoringOptions.LowestPcl5CutOff,
                ScoringOptions.HighestPcl5CutOff - ScoringOptions.LowestPcl5CutOff + 1
            )
            .Select(n => new Choice(
                n.ToString(CultureInfo.InvariantCulture),
                n.ToString(CultureInfo.InvariantCulture)
            )),
    ];

    [BindProperty(SupportsGet = true)]
    public string? Hub { get; set; }

    [BindProperty]
    public List<string> OptionalMeasures { get; set; } = [];

    [BindProperty]
    public List<string> SessionMeasures { get; set; } = [];

    [BindProperty]
    public string? Pcl5CutOff { get; set; }

    [BindProperty]
    public string? NoContactDays { get; set; }

    [BindProperty]
    public string? SlotMinutes { get; set; }

    [BindProperty]
    public string? ContactWithinWorkingDays { get; set; }

    [BindProperty]
    public string? ReplyWithinWorkingDays { get; set; }

    public string HubName { get; private set; } = "";

    public DateTimeOffset? ChangedAt { get; private set; }

    [TempData]
    public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ChooseHub())
        {
            return NotFound();
        }

        var settings = await HubSettingsStore.LoadAsync(session, Hub!, cancellationToken);
        OptionalMeasures = [.. settings.OptionalMeasures.Select(m => m.ToString())];
        SessionMeasures = [.. settings.SessionMeasures.Select(m => m.ToString())];
        Pcl5CutOff = settings.Pcl5CutOff.ToString(CultureInfo.InvariantCulture);
        NoContactDays = settings.NoContactDays?.ToString(CultureInfo.InvariantCulture) ?? "21";
        SlotMinutes = settings.SlotMinutes.ToString(CultureInfo.InvariantCulture);
        ContactWithinWorkingDays = settings.ContactWithinWorkingDays.ToString(CultureInfo.InvariantCulture);
        ReplyWithinWorkingDays = settings.ReplyWithinWorkingDays.ToString(CultureInfo.InvariantCulture);
        ChangedAt = settings.ChangedAt;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ChooseHub())
        {
            return NotFound();
        }

        var change = new ChangeHubSettings(
            [.. OptionalMeasures.Select(Measure)],
            int.TryParse(Pcl5CutOff, CultureInfo.InvariantCulture, out var cutOff) ? cutOff : null,
            int.TryParse(NoContactDays?.Trim(), CultureInfo.InvariantCulture, out var days) ? days : null,
            Number(SlotMinutes),
            Number(ContactWithinWorkingDays),
            Number(ReplyWithinWorkingDays),
            [.. SessionMeasures.Select(Measure)]
        );
        ModelState.AddFirstPerField(validator.Validate(change).Errors);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        HubSettingsStore.Apply(
            session,
            Hub!,
            change,
            Guid.TryParse(User.SubjectId(), out var admin) ? admin : Guid.Empty,
            clock.GetUtcNow()
        );
        await session.SaveChangesAsync(cancellationToken);
        Saved = true;
        return RedirectToPage(new { Hub });
    }

    /// <summary>A ticked questionnaire; any other value is -1, which the validator refuses on its own field.</summary>
    private static MeasureId Measure(string ticked) =>
        Enum.GetNames<MeasureId>().Contains(ticked, StringComparer.Ordinal)
            ? Enum.Parse<MeasureId>(ticked)
            : (MeasureId)(-1);

    /// <summary>
    /// A number as typed; anything else (blank, words) is -1, which the validator refuses on its own field.
    /// </summary>
    private static int Number(string? typed) =>
        int.TryParse(typed?.Trim(), CultureInfo.InvariantCulture, out var n) ? n : -1;

    /// <summary>The admin's own Hub (the one asked for, when they administer several); false for any other.</summary>
    private bool ChooseHub()
    {
        Hub = AdministeredHub.Of(HttpContext, Hub, hubs);
        HubName = hubs.Hubs.FirstOrDefault(h => h.Id == Hub)?.Name ?? "";
        return Hub is not null;
    }
}
