using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys.LoggingContactAttempt;

/// <summary>
/// Project rule: an attempt is logged only by a channel the keyworker allowed, a voicemail only if they said one is
/// fine, never for an ended journey, and at a time between the referral and now (a few minutes' clock slack).
/// </summary>
public static class LogContactAttemptDecision
{
    private static readonly TimeSpan Slack = TimeSpan.FromMinutes(5);

    public static Decision Decide(
        Journey journey,
        ContactPreferences preferences,
        LogContactAttempt command,
        Guid clinicianId,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(preferences);
        ArgumentNullException.ThrowIfNull(command);
        if (journey.HasEnded)
        {
            return JourneyRules.Ended(journey);
        }

        if (command is not { Channel: { } channel, Outcome: { } outcome, AttemptedAt: { } at })
        {
            return Decision.Refuse(
                "contact-attempt-incomplete",
                "Say how you tried to contact them, what happened and when."
            );
        }

        if (!preferences.Allows(channel))
        {
            var allowed = ContactAttemptWords.Allowed(preferences.Channels);
            return Decision.Refuse(
                "contact-channel-not-allowed",
                $"They have not agreed to be contacted by {ContactAttemptWords.Of(channel)}. They allow: {allowed}."
            );
        }

        if (channel == ContactChannel.Phone && outcome == ContactOutcome.MessageLeft && !preferences.VoicemailOk)
        {
            return Decision.Refuse(
                "voicemail-not-allowed",
                "They asked for no voicemail, so a message cannot have been left on their phone."
            );
        }

        if (at > now + Slack)
        {
            return Decision.Refuse("contact-attempt-in-future", "The time of the attempt cannot be in the future.");
        }

        return at < journey.SubmittedAt
            ? Decision.Refuse(
                "contact-attempt-before-referral",
                "The time of the attempt cannot be before they were referred."
            )
            : Decision.Accept(new ContactAttemptLogged(journey.Id, at, clinicianId, channel, outcome, now));
    }
}
