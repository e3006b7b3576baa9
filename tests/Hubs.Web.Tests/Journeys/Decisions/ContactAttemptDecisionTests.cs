using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.LoggingContactAttempt;
using ClinicContact = Hubs.Web.Features.Journeys.Contact;

namespace Hubs.Web.Tests.Journeys.Decisions;

/// <summary>
/// Contact attempts (issue 17, the diary's last item): only as the keyworker allowed, and only a reached one is
/// contact.
/// </summary>
public class ContactAttemptDecisionTests
{
    private static readonly ContactPreferences PhoneNoVoicemail = new(
        [ContactChannel.Phone],
        [SafeTime.Weekends],
        VoicemailOk: false,
        MayNameHub: false
    );
    private static readonly ContactPreferences PhoneWithVoicemail = PhoneNoVoicemail with { VoicemailOk = true };

    private static Decision Log(
        ContactPreferences preferences,
        ContactChannel channel,
        ContactOutcome outcome,
        DateTimeOffset? at = null
    ) =>
        LogContactAttemptDecision.Decide(
            Given.Triaged(),
            preferences,
            new LogContactAttempt(channel, outcome, at ?? Given.Now.AddHours(-1)),
            Given.Clinician,
            Given.Now
        );

    [Fact]
    public void A_channel_they_did_not_allow_is_refused_saying_what_they_allow()
    {
        var decision = Log(PhoneNoVoicemail, ContactChannel.Email, ContactOutcome.NoAnswer);
        decision.Refused("contact-channel-not-allowed");
        Assert.Equal("They have not agreed to be contacted by email. They allow: phone.", decision.Refusal!.Detail);
    }

    [Fact]
    public void A_voicemail_is_refused_unless_they_said_one_is_fine()
    {
        Log(PhoneNoVoicemail, ContactChannel.Phone, ContactOutcome.MessageLeft).Refused("voicemail-not-allowed");
        Assert.Null(Log(PhoneWithVoicemail, ContactChannel.Phone, ContactOutcome.MessageLeft).Refusal);
    }

    [Fact]
    public void A_time_in_the_future_or_before_the_referral_is_refused_and_an_ended_journey_takes_none()
    {
        Log(PhoneNoVoicemail, ContactChannel.Phone, ContactOutcome.NoAnswer, Given.Now.AddHours(1))
            .Refused("contact-attempt-in-future");
        Log(PhoneNoVoicemail, ContactChannel.Phone, ContactOutcome.NoAnswer, Given.Now.AddDays(-31))
            .Refused("contact-attempt-before-referral");
        var command = new LogContactAttempt(ContactChannel.Phone, ContactOutcome.Reached, Given.Now);
        LogContactAttemptDecision
            .Decide(Given.Discharged(), PhoneNoVoicemail, command, Given.Clinician, Given.Now)
            .Refused("journey-ended");
    }

    [Fact]
    public void Only_an_attempt_that_reached_them_counts_as_contact_and_the_latest_attempt_is_kept()
    {
        var journey = Given.Triaged();
        var before = ClinicContact.Last(journey);
        var unanswered = journey.After(Log(PhoneNoVoicemail, ContactChannel.Phone, ContactOutcome.NoAnswer));
        Assert.Equal(before, ClinicContact.Last(unanswered));
        Assert.Equal(ContactOutcome.NoAnswer, unanswered.LastAttempt?.Outcome);

        var reachedAt = Given.Now.AddMinutes(-10);
        var reached = unanswered.After(Log(PhoneNoVoicemail, ContactChannel.Phone, ContactOutcome.Reached, reachedAt));
        Assert.Equal(reachedAt, ClinicContact.Last(reached));
        Assert.Equal(new(reachedAt, ContactChannel.Phone, ContactOutcome.Reached), reached.LastAttempt);
    }
}
