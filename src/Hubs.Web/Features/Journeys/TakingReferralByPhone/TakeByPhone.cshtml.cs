using FluentValidation;
using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.AnsweringScreening;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.TakingReferralByPhone;

/// <summary>
/// A clinician or hub lead takes a referral by phone for someone without email, as the keyworker dictates it: the
/// online form's questions on one page, the same validator and the same stream start, in the staff member's own Hub.
/// The journey has no keyworker account until the keyworker claims it with a code (<c>ClaimCode</c>).
/// </summary>
public sealed class TakeByPhoneModel(
    IDocumentSession session,
    ClinicClock clock,
    IValidator<SubmitSelfReferral> validator,
    KeyworkerKeys keys
) : ClinicPage(session, clock)
{
    /// <summary>Every answer of the online form, kept as typed (never stored until the referral is sent).</summary>
    [BindProperty]
    public ReferralDraft Referral { get; set; } = new();

    /// <summary>The staff member read out the consent statement and the keyworker agreed.</summary>
    [BindProperty]
    public bool ConsentReadOut { get; set; }

    public void OnGet() => Referral.HubId = Me.HubId;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Referral.HubId = Me.HubId;
        Referral.ConsentToSupport = ConsentReadOut;
        var command = Referral.ToCommand();
        foreach (var (field, message) in InputHygiene.Check(command))
        {
            ModelState.AddModelError($"{nameof(Referral)}.{field}", message);
        }

        foreach (var error in PhoneReferral.Validate(validator, command).Errors)
        {
            var field =
                error.PropertyName == nameof(SubmitSelfReferral.ConsentToSupport)
                    ? nameof(ConsentReadOut)
                    : $"{nameof(Referral)}.{error.PropertyName.Split('.')[0]}";
            if (ModelState[field] is not { Errors.Count: > 0 })
            {
                ModelState.AddModelError(field, error.ErrorMessage);
            }
        }

        if (string.IsNullOrWhiteSpace(command.Email) && Referral.Contact.Channels.Contains("email"))
        {
            ModelState.AddModelError(
                $"{nameof(Referral)}.{nameof(ReferralDraft.Email)}",
                PhoneReferral.EmailChannelNeedsAddress
            );
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var journeyId = await SelfReferralStream.StartAsync(
            Session,
            keys,
            command,
            Times.Now,
            Guid.CreateVersion7(), // no account yet: a placeholder keyworker no sign-in can ever have
            cancellationToken,
            takenByPhone: Me.Id
        );
        Session.Store(new ScreeningDraft { Id = Guid.NewGuid(), JourneyId = journeyId });
        await Session.SaveChangesAsync(cancellationToken);
        TempData["Done"] = "Referral taken by phone. You can screen it by phone now or later.";
        return RedirectToPage("/Journeys/ReadingJourney/Record", new { id = journeyId });
    }
}
