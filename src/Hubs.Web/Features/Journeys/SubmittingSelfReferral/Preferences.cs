using Hubs.Web.Features.Journeys.ChangingContactPreferences;

namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

/// <summary>
/// How and when it is safe to contact the person, as the pages ask it (codes from <see cref="PreferenceChoices"/>);
/// on submission it becomes the sealed <see cref="ContactPreferences"/> of the referral event.
/// </summary>
public sealed class ContactSafety
{
    private static readonly Dictionary<string, ContactChannel> ChannelCodes = new()
    {
        ["phone"] = ContactChannel.Phone,
        ["text"] = ContactChannel.Text,
        ["email"] = ContactChannel.Email,
    };

    private static readonly Dictionary<string, SafeTime> SafeTimeCodes = new()
    {
        ["morning"] = SafeTime.WeekdayMornings,
        ["afternoon"] = SafeTime.WeekdayAfternoons,
        ["evening"] = SafeTime.WeekdayEvenings,
        ["weekend"] = SafeTime.Weekends,
    };

    public List<string> Channels { get; set; } = [];

    public List<string> SafeTimes { get; set; } = [];

    public bool? VoicemailOk { get; set; }

    public bool? MessagesNamingHubOk { get; set; }

    /// <summary>The page's codes for preferences already stated (the reverse of <see cref="ToPreferences"/>).</summary>
    public static ContactSafety From(ContactPreferences preferences)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        return new ContactSafety
        {
            Channels = [.. ChannelCodes.Where(c => preferences.Channels.Contains(c.Value)).Select(c => c.Key)],
            SafeTimes = [.. SafeTimeCodes.Where(t => preferences.SafeTimes.Contains(t.Value)).Select(t => t.Key)],
            VoicemailOk = preferences.VoicemailOk,
            MessagesNamingHubOk = preferences.MayNameHub,
        };
    }

    /// <summary>
    /// Nothing stated yet becomes null (the cautious default applies); unknown or empty codes are dropped.
    /// </summary>
    public ContactPreferences? ToPreferences() =>
        Channels.Count == 0 && SafeTimes.Count == 0
            ? null
            : new(
                [.. Channels.OfType<string>().Where(ChannelCodes.ContainsKey).Select(c => ChannelCodes[c])],
                [.. SafeTimes.OfType<string>().Where(SafeTimeCodes.ContainsKey).Select(t => SafeTimeCodes[t])],
                VoicemailOk ?? false,
                MessagesNamingHubOk ?? false
            );
}
