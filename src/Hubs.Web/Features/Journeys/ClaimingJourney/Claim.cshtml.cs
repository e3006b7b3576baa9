using Hubs.Web.Features.Accounts;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Hubs.Web.Features.Journeys.TakingReferralByPhone;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Hubs.Web.Features.Journeys.ClaimingJourney;

/// <summary>
/// The keyworker of a referral taken by phone claims it with the one-time code the Hub gave them: signed in, it joins
/// their account; otherwise they give an email address and a password and Hubs.Identity creates (or finds, with its
/// password) their account, as the online referral does. Any code that does not work gets the same answer; the code
/// is used up in the same transaction as the journey becomes theirs, so it can never be used twice. Rate limited as
/// sending a referral is.
/// </summary>
[EnableRateLimiting(SelfReferralRateLimit.Name)]
public sealed class ClaimModel(IDocumentSession session, KeyworkerAccounts accounts, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public KeyworkerCaller? SignedIn => KeyworkerCaller.FromPrincipal(User);

    /// <summary>Set once claimed: the page says what happens next.</summary>
    public bool Claimed { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var hash = ClaimCodes.HashOf(Code);
        var code = hash is null ? null : await session.LoadAsync<JourneyClaimCode>(hash, cancellationToken);
        if (code is null || !code.IsUsable(now))
        {
            ModelState.AddModelError(nameof(Code), ClaimPageWords.NotValid);
            return Page();
        }

        var keyworker = SignedIn?.Id ?? await AccountAsync(cancellationToken);
        if (keyworker is null)
        {
            return Page();
        }

        var version = (await session.Events.FetchStreamStateAsync(code.JourneyId, cancellationToken))?.Version ?? 0;
        code.UsedAt = now;
        session.Store(code);
        var outcome = await StreamAppend.TryAsync<Journey>(
            session,
            code.JourneyId,
            version,
            journey => journey.HubId == code.HubId,
            journey => ClaimDecisions.Claim(journey, keyworker.Value, SignedIn is null ? Email?.Trim() : null, now),
            cancellationToken
        );
        if (outcome.Status != AppendStatus.Written)
        {
            ModelState.AddModelError(nameof(Code), ClaimPageWords.NotValid);
            return Page();
        }

        if (SignedIn is not null)
        {
            return RedirectToPage("/Journeys/ReadingOwnJourneys/MyJourneys");
        }

        Claimed = true;
        return Page();
    }

    private async Task<Guid?> AccountAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            ModelState.AddModelError(nameof(Email), "Enter your email address.");
        }

        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), "Create a password.");
        }

        if (!ModelState.IsValid)
        {
            return null;
        }

        switch (await accounts.EnsureAsync(Email!.Trim(), Password!, cancellationToken))
        {
            case AccountResult.Ready { Subject: { } subject }:
                return subject;
            case AccountResult.Refused refused:
                foreach (var (field, messages) in refused.Errors)
                {
                    var name = field.Equals("email", StringComparison.OrdinalIgnoreCase)
                        ? nameof(Email)
                        : nameof(Password);
                    ModelState.AddModelError(name, messages.FirstOrDefault() ?? AccountModel.Unavailable);
                }

                if (ModelState.IsValid)
                {
                    ModelState.AddModelError(nameof(Password), AccountModel.Unavailable);
                }

                return null;
            default:
                ModelState.AddModelError(nameof(Password), AccountModel.Unavailable);
                return null;
        }
    }
}
