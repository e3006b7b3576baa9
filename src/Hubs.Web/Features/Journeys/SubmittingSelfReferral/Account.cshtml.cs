using FluentValidation;
using Hubs.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

/// <summary>
/// The last step: the keyworker chooses a password and sends the referral, in one go. Hubs.Identity creates
/// the account (or finds theirs) and the journey is linked to it; confirming the email address is needed only
/// to sign in later, so the referral reaches the Hub now. A signed-in keyworker just sends it. The password
/// is never stored in the draft and never shown back.
/// </summary>
[EnableRateLimiting(SelfReferralRateLimit.Name)]
public sealed class AccountModel(
    DraftStore drafts,
    IValidator<SubmitSelfReferral> validator,
    KeyworkerAccounts accounts,
    ReferralSubmission submission
) : PageModel
{
    public const string Unavailable =
        "Sorry, we could not send your referral just now. Your answers are saved: try again in a few minutes.";

    [FromRoute]
    public Guid DraftId { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string Email { get; private set; } = "";

    public KeyworkerCaller? SignedIn => KeyworkerCaller.FromPrincipal(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) is null
            ? RedirectToPage("/Journeys/SubmittingSelfReferral/Expired")
            : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var draft = await LoadAsync(cancellationToken);
        if (draft is null)
        {
            return RedirectToPage("/Journeys/SubmittingSelfReferral/Expired");
        }

        if (MissingAnswers.Of(draft, validator.Validate(draft.ToCommand())).Count > 0)
        {
            return RedirectToPage("/Journeys/SubmittingSelfReferral/CheckAnswers", new { DraftId });
        }

        if (SignedIn is { } keyworker)
        {
            return Sent(await submission.SendAsync(draft, keyworker.Id, cancellationToken));
        }

        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), "Create a password");
            return Page();
        }

        switch (await accounts.EnsureAsync(draft.Email!, Password, cancellationToken))
        {
            case AccountResult.Ready ready:
                return Sent(await submission.SendAsync(draft, ready.Subject, cancellationToken));
            case AccountResult.Refused refused:
                ShowRefusal(refused);
                return Page();
            default:
                ModelState.AddModelError(nameof(Password), Unavailable);
                return Page();
        }
    }

    private void ShowRefusal(AccountResult.Refused refused)
    {
        foreach (var message in refused.Errors.GetValueOrDefault("password") ?? [])
        {
            ModelState.AddModelError(nameof(Password), message);
        }

        foreach (var message in refused.Errors.GetValueOrDefault("email") ?? [])
        {
            ModelState.AddModelError(nameof(Email), message);
            ViewData["ErrorLinks"] = new Dictionary<string, string>
            {
                [nameof(Email)] = Url.Page("/Journeys/SubmittingSelfReferral/AboutYou", new { DraftId, change = true })
                    ?? "",
            };
        }

        if (ModelState.IsValid)
        {
            ModelState.AddModelError(nameof(Password), Unavailable);
        }
    }

    private async Task<ReferralDraft?> LoadAsync(CancellationToken cancellationToken)
    {
        var draft = await drafts.FindAsync(DraftId, cancellationToken);
        Email = draft?.Email ?? "";
        return draft;
    }

    private RedirectToPageResult Sent(Guid screeningId) =>
        RedirectToPage("/Journeys/SubmittingSelfReferral/Sent", new { screeningId });
}
