using Hubs.Identity.Data;
using Microsoft.AspNetCore.Identity;

namespace Hubs.Identity.Features.Account;

/// <summary>The second step by one of the staff member's single-use recovery codes.</summary>
public sealed class RecoveryModel(SignInManager<HubsUser> signIn) : SecondStepModel(signIn)
{
    protected override string MissingCode => "Enter a recovery code";

    protected override string WrongCode => "The recovery code is not correct or was already used.";

    protected override Task<SignInResult> SignInAsync(string code) =>
        SignInManager.TwoFactorRecoveryCodeSignInAsync(code);
}
