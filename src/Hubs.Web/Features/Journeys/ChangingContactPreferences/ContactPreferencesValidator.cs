using FluentValidation;

namespace Hubs.Web.Features.Journeys.ChangingContactPreferences;

/// <summary>The same rules wherever preferences are given: at referral and whenever they change.</summary>
public sealed class ContactPreferencesValidator : AbstractValidator<ContactPreferences>
{
    public ContactPreferencesValidator()
    {
        RuleFor(x => x.Channels).NotEmpty().WithMessage(NoChannel);
        RuleForEach(x => x.Channels).IsInEnum().WithMessage("Choose phone, text or email.");
        RuleFor(x => x.SafeTimes).NotEmpty().WithMessage(NoSafeTime);
        RuleForEach(x => x.SafeTimes)
            .IsInEnum()
            .WithMessage("Choose weekday mornings, afternoons, evenings or weekends.");
    }

    /// <summary>Calls and texts need a number to go to.</summary>
    public static bool HasNumberIfNeeded(ContactPreferences? preferences, string? phone) =>
        preferences is null
        || !string.IsNullOrWhiteSpace(phone)
        || !preferences.Channels.Any(c => c is ContactChannel.Phone or ContactChannel.Text);

    public const string NoChannel = "Choose at least one way we may contact you.";
    public const string NoSafeTime = "Choose at least one time when it is safe to contact you.";

    public const string NumberNeeded = "To be called or texted, give a phone number, or choose email only.";
}
