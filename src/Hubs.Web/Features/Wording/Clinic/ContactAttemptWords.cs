
namespace Hubs.Web.Features.Wording.Clinic;

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

    /// <summary>The channels the keyworker allows, for a refusal ("phone, email"; "nothing" when none).</summary>
    public static string Allowed(IReadOnlyCollection<ContactChannel> channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        return channels.Count == 0 ? "nothing" : string.Join(", ", channels.Select(Of));
    }

    /// <summary>An attempt as the timeline lists it ("Phone: no answer").</summary>
    public static string Summary(ContactChannel channel, ContactOutcome outcome) =>
        $"{char.ToUpperInvariant(Of(channel)[0])}{Of(channel)[1..]}: {Of(outcome)}";
}
