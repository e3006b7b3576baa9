using FluentValidation;

namespace Hubs.Web.Features.Journeys.ChangingContactPreferences;

/// <summary>The keyworker restates how and when they may be contacted (all of it, as the page shows it).</summary>
public sealed record ChangeContactPreferences(
    IReadOnlyList<ContactChannel>? Channels,
    IReadOnlyList<SafeTime>? SafeTimes,
    bool? VoicemailOk,
    bool? MayNameHub,
    bool? RemindersWanted,
    string? Phone
)
{
    public ContactPreferences ToPreferences() =>
        new(Channels ?? [], SafeTimes ?? [], VoicemailOk ?? false, MayNameHub ?? false, RemindersWanted ?? true);
}

public sealed class ChangeContactPreferencesValidator : AbstractValidator<ChangeContactPreferences>
{
    public ChangeContactPreferencesValidator()
    {
        RuleFor(x => x.Channels).NotEmpty().WithMessage(ContactPreferencesValidator.NoChannel);
        RuleFor(x => x.SafeTimes).NotEmpty().WithMessage(ContactPreferencesValidator.NoSafeTime);
        RuleFor(x => x.VoicemailOk).NotNull().WithMessage("Say whether we may leave a voicemail.");
        RuleFor(x => x.MayNameHub).NotNull().WithMessage("Say whether our messages may mention the Hub.");
        RuleFor(x => x.RemindersWanted).NotNull().WithMessage("Say whether you would like appointment reminders.");
        RuleFor(x => x.Phone)
            .Matches(@"^\+?[0-9 ()-]{10,20}$")
            .When(x => !string.IsNullOrEmpty(x.Phone))
            .WithMessage("Enter a phone number, like 07700 900 982.");
    }
}
