using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys.LoggingContactAttempt;

/// <summary>
/// Channels and outcomes of a contact attempt in the words the record, the lists and the refusals use.
/// </summary>
public static class ContactAttemptWords
{
    public static string Of(ContactChannel channel) =>
        channel switch
        {
            ContactChannel.Phone => "phone",
            ContactChannel.Text => "text message",
            _ => "email",
        };

    public static string Of(ContactOutcome outcome) =>
        outcome switch
        {
            ContactOutcome.Reached => "reached them (spoke, or they replied)",
            ContactOutcome.NoAnswer => "no answer",
            ContactOutcome.MessageLeft => "message left",
            _ => "wrong number or address",
        };

    public static string Allowed(ContactPreferences preferences)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        return preferences.Channels.Count == 0 ? "nothing" : string.Join(", ", preferences.Channels.Select(Of));
    }

    public static string Summary(ContactAttemptLogged e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return $"{char.ToUpperInvariant(Of(e.Channel)[0])}{Of(e.Channel)[1..]}: {Of(e.Outcome)}";
    }
}
