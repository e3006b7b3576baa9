using FluentValidation;
using Hubs.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

public sealed class AboutYouModel(DraftStore drafts, IValidator<SubmitSelfReferral> validator)
    : ReferralStep(drafts, validator)
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public string? BornDay { get; set; }

    [BindProperty]
    public string? BornMonth { get; set; }

    [BindProperty]
    public string? BornYear { get; set; }

    /// <summary>What is wrong with the date of birth typed, if anything (it is optional).</summary>
    private string? bornError;

    protected override string NextPage => "/Journeys/SubmittingSelfReferral/Contact";

    protected override string PreviousPage => "/Index";

    protected override void Show(ReferralDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        (Name, Email, Phone) = (draft.Name, draft.Email, draft.Phone);
        var born = draft.DateOfBirth;
        (BornDay, BornMonth, BornYear) = (
            born?.Day.ToString(Invariant),
            born?.Month.ToString(Invariant),
            born?.Year.ToString(Invariant)
        );
    }

    protected override void Apply(ReferralDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        (draft.Name, draft.Email, draft.Phone) = (Name, Email, Phone);
        var typed = new[] { BornDay, BornMonth, BornYear }.Any(p => !string.IsNullOrWhiteSpace(p));
        var (born, error) = typed ? DateParts.Read(BornDay, BornMonth, BornYear, "your date of birth") : (null, null);
        bornError = error
            ?? (born is { } date && !DateOfBirthRule.IsPlausible(date) ? DateOfBirthRule.Implausible : null);
        draft.DateOfBirth = bornError is null ? born : null;
    }

    protected override void Check(ReferralDraft draft)
    {
        CheckReferralRules(draft, nameof(Name), nameof(Email), nameof(Phone));
        if (bornError is not null)
        {
            ModelState.AddModelError("Born", bornError);
            ViewData["ErrorLinks"] = new Dictionary<string, string> { ["Born"] = "#Born-day" };
        }
    }

    private static System.Globalization.CultureInfo Invariant => System.Globalization.CultureInfo.InvariantCulture;
}
