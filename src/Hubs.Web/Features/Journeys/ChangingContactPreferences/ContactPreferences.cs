namespace Hubs.Web.Features.Journeys.ChangingContactPreferences;

/// <summary>
/// Times the keyworker said are safe, in the Hub's time zone (windows in <see cref="ContactRules.SafeWindows"/>).
/// </summary>
public enum SafeTime
{
    WeekdayMornings,
    WeekdayAfternoons,
    WeekdayEvenings,
    Weekends,
}

/// <summary>
/// How and when it is safe to contact the keyworker (src/DOMAIN-RULES.md, contact safety). Personal data: it says
/// something about the person's circumstances, so events carry it sealed with their data key.
/// </summary>
/// <param name="Channels">The channels allowed; automatic messages use only text and email.</param>
/// <param name="SafeTimes">When contact is safe; outside them messages are held.</param>
/// <param name="VoicemailOk">Whether a caller may leave a voicemail.</param>
/// <param name="MayNameHub">False asks for discretion: no message names the Hub or mental health.</param>
/// <param name="RemindersWanted">False opts out of appointment reminders (other contact still follows the
/// rest).</param>
public sealed record ContactPreferences(
    IReadOnlyList<ContactChannel> Channels,
    IReadOnlyList<SafeTime> SafeTimes,
    bool VoicemailOk,
    bool MayNameHub,
    bool RemindersWanted = true
)
{
    /// <summary>
    /// What applies when a keyworker has stated nothing (a referral made through the API without them):
    /// the least revealing choice, email only, weekday daytime, no voicemail, no Hub name (project rule).
    /// </summary>
    public static ContactPreferences Cautious { get; } =
        new(
            [ContactChannel.Email],
            [SafeTime.WeekdayMornings, SafeTime.WeekdayAfternoons],
            VoicemailOk: false,
            MayNameHub: false
        );

    public bool Allows(ContactChannel channel) => Channels.Contains(channel);
}
