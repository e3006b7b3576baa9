using FluentValidation;
using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Hubs.Web.Features.Journeys.TakingReferralByPhone;

namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

public sealed class SubmitSelfReferralValidator : AbstractValidator<SubmitSelfReferral>
{
    public SubmitSelfReferralValidator(HubDirectory hubs)
    {
        ArgumentNullException.ThrowIfNull(hubs);
        RuleFor(x => x.HubId).Must(hubs.Contains).WithMessage("Choose the Hub you would like support from.");
        RuleFor(x => x.Name)
            .NotEmpty()
            .WithMessage("Enter the name you would like us to use.")
            .MaximumLength(100)
            .WithMessage("Name must be 100 characters or fewer.");
        RuleFor(x => x.Email)
            .NotEmpty()
            .WithMessage("Enter an email address.")
            .MaximumLength(254)
            .EmailAddress()
            .WithMessage("Enter an email address in the correct format, like name@example.com.")
            .When((x, context) => !context.RootContextData.ContainsKey(PhoneReferral.NoEmailNeeded) || x.Email != "");
        RuleFor(x => x.Phone)
            .Matches(@"^\+?[0-9 ()-]{10,20}$")
            .When(x => !string.IsNullOrEmpty(x.Phone))
            .WithMessage("Enter a phone number, like 07700 900 982.");
        RuleFor(x => x.Organisation).MaximumLength(200).WithMessage("Organisation must be 200 characters or fewer.");
        RuleFor(x => x.Sector).NotNull().WithMessage("Choose the sector you work in.");
        RuleFor(x => x.StaffGroup).NotNull().WithMessage("Choose your staff group.");
        RuleFor(x => x.AgeBand).NotNull().WithMessage("Choose your age group, or 'prefer not to say'.");
        RuleFor(x => x.Sex).NotNull().WithMessage("Choose your sex, or 'prefer not to say'.");
        RuleFor(x => x.EthnicityGroup).NotNull().WithMessage("Choose your ethnic group, or 'prefer not to say'.");
        RuleFor(x => x.Disability)
            .NotNull()
            .WithMessage("Say whether you consider yourself disabled, or 'prefer not to say'.");
        RuleFor(x => x.HelpWith)
            .NotEmpty()
            .WithMessage("Tell us a little about what you would like help with.")
            .MaximumLength(4000)
            .WithMessage("What you would like help with must be 4000 characters or fewer.");
        RuleFor(x => x.Contact!).SetValidator(new ContactPreferencesValidator()).When(x => x.Contact is not null);
        RuleFor(x => x.Contact)
            .Must((x, contact) => ContactPreferencesValidator.HasNumberIfNeeded(contact, x.Phone))
            .WithMessage(ContactPreferencesValidator.NumberNeeded);
        RuleFor(x => x.Support!.ClinicianDetails)
            .MaximumLength(500)
            .WithMessage("Wishes about your clinician must be 500 characters or fewer.")
            .When(x => x.Support is not null);
        RuleFor(x => x.DateOfBirth)
            .Must(d => d is null || DateOfBirthRule.IsPlausible(d.Value))
            .WithMessage(DateOfBirthRule.Implausible);
        RuleFor(x => x.HeardFrom).IsInEnum().WithMessage("Choose how you heard about the Hub, or leave it blank.");
        RuleFor(x => x.HandOverCode).Must(HandOverCodeRule.IsWellFormed).WithMessage(HandOverCodeRule.Message);
        RuleFor(x => x.ConsentToSupport)
            .Equal(true)
            .WithMessage("You need to agree to the Hub contacting you to offer support.");
    }
}
