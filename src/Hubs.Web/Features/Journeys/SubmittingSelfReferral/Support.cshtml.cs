using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

/// <summary>Support preferences: used to match a clinician, never sent to the statistics.</summary>
public sealed class SupportModel(DraftStore drafts, IValidator<SubmitSelfReferral> validator)
    : ReferralStep(drafts, validator)
{
    public const int DetailsMaxLength = 500;

    [BindProperty]
    public List<string> Modes { get; set; } = [];

    [BindProperty]
    public List<string> OutOfHours { get; set; } = [];

    [BindProperty]
    public List<string> ClinicianCharacteristics { get; set; } = [];

    [BindProperty]
    public string? ClinicianDetails { get; set; }

    protected override string NextPage => "/Journeys/SubmittingSelfReferral/Consent";

    protected override string PreviousPage => "/Journeys/SubmittingSelfReferral/Help";

    protected override void Show(ReferralDraft draft) =>
        (Modes, OutOfHours, ClinicianCharacteristics, ClinicianDetails) = (
            draft.Support.Modes,
            draft.Support.OutOfHours,
            draft.Support.ClinicianCharacteristics,
            draft.Support.ClinicianDetails
        );

    protected override void Apply(ReferralDraft draft) =>
        draft.Support = new SupportPreferences
        {
            Modes = [.. KeyworkerWords.Modes.Select(c => c.Value).Intersect(Modes)],
            OutOfHours = [.. KeyworkerWords.OutOfHours.Select(c => c.Value).Intersect(OutOfHours)],
            ClinicianCharacteristics =
            [
                .. KeyworkerWords.ClinicianCharacteristics.Select(c => c.Value).Intersect(ClinicianCharacteristics),
            ],
            ClinicianDetails = ClinicianDetails?.Trim(),
        };

    protected override void Check(ReferralDraft draft)
    {
        if (draft.Support.Modes.Count == 0)
        {
            ModelState.AddModelError(nameof(Modes), "Choose at least one way you could take part in support.");
        }

        if (draft.Support.ClinicianDetails?.Length > DetailsMaxLength)
        {
            ModelState.AddModelError(
                nameof(ClinicianDetails),
                $"Details must be {DetailsMaxLength} characters or fewer."
            );
        }
    }
}
