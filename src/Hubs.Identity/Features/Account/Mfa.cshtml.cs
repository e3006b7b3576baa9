using Hubs.Identity.Data;
using Microsoft.AspNetCore.Identity;

namespace Hubs.Identity.Features.Account;

/// <summary>The second step by the code of the staff member's authenticator app.</summary>
public sealed class MfaModel(SignInManager<HubsUser> signIn) : SecondStepModel(signIn)
{
    protected override string MissingCode => "Enter the security code";

    protected override string WrongCode =>
        "The security code is not correct. Check your authenticator app and try again.";

    protected override Task<SignInResult> SignInAsync(string code) =>
        SignInManager.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
}
