using FluentValidation;
using Hubs.Identity.Accounts;
using Hubs.Identity.Data;
using Microsoft.AspNetCore.Identity;

namespace Hubs.Identity.Features.KeyworkerAccounts;

/// <summary>Hubs.Web, as the keyworker presses "Send referral": create (or find) their account.</summary>
public sealed record RegisterKeyworkerAccount(string? Email, string? Password);

/// <summary>
/// The subject id of the keyworker's account, or null when the address belongs to an account this referral may not use.
/// </summary>
public sealed record KeyworkerAccountRegistered(string? Subject);

/// <summary>
/// The Register page's answers. The password is judged by the account rules (length, deny-list)
/// here, before anything looks the address up, so a refusal says nothing about who is registered.
/// </summary>
public sealed class RegisterKeyworkerAccountValidator : AbstractValidator<RegisterKeyworkerAccount>
{
    public RegisterKeyworkerAccountValidator(UserManager<HubsUser> users)
    {
        ArgumentNullException.ThrowIfNull(users);
        RuleFor(x => x.Email)
            .Cascade(CascadeMode.Stop)
            .NotEmpty()
            .WithMessage("Enter your email address")
            .MaximumLength(254)
            .WithMessage("Enter an email address of 254 characters or fewer")
            .Must(email => AccountEmailAttribute.IsWellFormed(email!))
            .WithMessage(AccountEmailAttribute.Message);
        RuleFor(x => x.Password)
            .Cascade(CascadeMode.Stop)
            .NotEmpty()
            .WithMessage("Create a password")
            .CustomAsync(
                async (password, context, _) =>
                {
                    var email = context.InstanceToValidate.Email?.Trim();
                    var user = new HubsUser { UserName = email, Email = email };
                    foreach (var validator in users.PasswordValidators)
                    {
                        var result = await validator.ValidateAsync(users, user, password);
                        result
                            .Errors.ToList()
                            .ForEach(error =>
                                context.AddFailure(nameof(RegisterKeyworkerAccount.Password), error.Description)
                            );
                    }
                }
            );
    }
}
