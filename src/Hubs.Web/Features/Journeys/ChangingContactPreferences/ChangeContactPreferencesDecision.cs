using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Journeys.ChangingContactPreferences;

/// <summary>Pure: a keyworker may change their preferences at any time while their journey is open.</summary>
public static class ChangeContactPreferencesDecision
{
    public static Decision Decide(ContactCard card, ChangeContactPreferences command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(command);
        if (card.Ended)
        {
            return Decision.Refuse("journey-ended", "This journey has ended; the Hub will not contact you about it.");
        }

        if (card.Email is null)
        {
            return Decision.Refuse(
                "personal-data-shredded",
                "Your personal data on this journey has been destroyed, so nothing can be recorded."
            );
        }

        var phone = string.IsNullOrWhiteSpace(command.Phone) ? null : command.Phone.Trim();
        var preferences = command.ToPreferences();
        if (!ContactPreferencesValidator.HasNumberIfNeeded(preferences, phone ?? card.Phone))
        {
            return Decision.Refuse("phone-needed", ContactPreferencesValidator.NumberNeeded);
        }

        return Decision.Accept(
            new ContactPreferencesChanged(
                card.Id,
                now,
                Personal.Of(card.SealedWith, preferences),
                Personal.Text(card.SealedWith, phone)
            )
        );
    }
}
