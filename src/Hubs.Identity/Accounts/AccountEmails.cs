using System.Text;
using Hubs.Identity.Data;
using Hubs.Identity.Email;
using Hubs.ServiceDefaults.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace Hubs.Identity.Accounts;

/// <summary>
/// The account emails, queued in the <see cref="EmailOutbox"/>. Links point at this host (<c>Oidc:Issuer</c> when set,
/// else the request's origin, which a reset handled later by the outbox's sender carries with it).
/// </summary>
public sealed class AccountEmails(
    UserManager<HubsUser> users,
    EmailOutbox outbox,
    IHttpContextAccessor http,
    IConfiguration configuration
)
{
    public async Task SendConfirmationAsync(HubsUser user)
    {
        var code = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        await SendAsync(
            user.Email!,
            "Confirm your email address",
            "Confirm your email address to finish creating your Hubs account:\n\n"
                + $"{Link("/account/confirm-email", user.Id, code)}\n\n"
                + "If you did not ask for an account, ignore this email."
        );
    }

    public Task SendAlreadyRegisteredAsync(string email) =>
        SendAsync(
            email,
            "You already have a Hubs account",
            "Someone tried to create a Hubs account with this email address, which already has one.\n\n"
                + $"Sign in: {Origin}/account/sign-in\nForgotten your password? {Origin}/account/forgot-password"
        );

    /// <summary>
    /// A referral came with this address, which has an account the referral could not use; nothing about the referral
    /// itself.
    /// </summary>
    public Task SendReferralWithExistingAccountAsync(string email) =>
        SendAsync(
            email,
            "A referral to the Hub used your email address",
            "Someone sent a referral to the Hub using this email address, which already has a Hubs account.\n\n"
                + "If it was you, the Hub has your referral and will contact you in the ways "
                + "you chose. Sign in with your existing password to see your support.\n\n"
                + $"Sign in: {Origin}/account/sign-in\nForgotten your password? {Origin}/account/forgot-password\n\n"
                + "If it was not you, you need do nothing."
        );

    /// <summary>A hub admin invited this address, which already has an account; the admin was not told.</summary>
    public Task SendInvitationToExistingAccountAsync(string email) =>
        SendAsync(
            email,
            "A Hubs invitation used your email address",
            "A hub admin tried to invite this email address to Hubs as a member "
                + "of staff. It already has a Hubs account, so nothing was changed.\n\n"
                + "If you expected the invitation, ask the hub admin "
                + "to add a role to your existing account instead.\n\n"
                + $"Sign in: {Origin}/account/sign-in\nForgotten your password? {Origin}/account/forgot-password"
        );

    public async Task SendPasswordResetAsync(HubsUser user, string origin)
    {
        var code = Encode(await users.GeneratePasswordResetTokenAsync(user));
        await SendAsync(
            user.Email!,
            "Reset your password",
            "Choose a new password for your Hubs account:\n\n"
                + $"{Link("/account/reset-password", user.Id, code, origin)}\n\n"
                + "If you did not ask for this, ignore this email."
        );
    }

    public async Task SendInvitationAsync(HubsUser user) =>
        await SendAsync(
            user.Email!,
            "You have been invited to Hubs",
            "A hub admin has created a staff account for you. Choose a password, then set "
                + $"up your authenticator app:\n\n{await SetPasswordLinkAsync(user, Origin)}"
        );

    /// <summary>The one-time link an invited person follows to choose their first password.</summary>
    public async Task<string> SetPasswordLinkAsync(HubsUser user, string origin) =>
        Link("/account/reset-password", user.Id, Encode(await users.GeneratePasswordResetTokenAsync(user)), origin);

    public string Origin =>
        configuration["Oidc:Issuer"] is { Length: > 0 } issuer
            ? issuer.TrimEnd('/')
            : RequestOrigin(http.HttpContext!.Request);

    private static string RequestOrigin(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    private string Link(string path, string userId, string code, string? origin = null) =>
        QueryHelpers.AddQueryString(
            (origin ?? Origin) + path,
            new Dictionary<string, string?> { ["userId"] = userId, ["code"] = code }
        );

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string Decode(string code) => Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));

    private Task SendAsync(string to, string subject, string body) =>
        outbox.EnqueueAsync(new EmailMessage(to, subject, body));
}
