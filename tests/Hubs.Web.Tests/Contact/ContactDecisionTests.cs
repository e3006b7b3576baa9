using Hubs.Web.Features.Contact.ExchangingMessages;
using Hubs.Web.Features.Contact.SchedulingReminders;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using JasperFx.Events;
using Given = Hubs.Web.Tests.Journeys.Decisions.Given;

namespace Hubs.Web.Tests.Contact;

/// <summary>The contact side's pure decisions and mappings, with no I/O.</summary>
public sealed class ContactDecisionTests
{
    private static ContactCard Card(string? phone = null, ContactPreferences? stated = null) =>
        ContactCard.Create(
            SubmitSelfReferralDecision.Decide(
                new SubmitSelfReferral(
                    "north",
                    "Sam",
                    "sam@example.org",
                    phone,
                    null,
                    Sector.Health,
                    StaffGroup.Nursing,
                    AgeBand.From25To34,
                    Sex.Female,
                    EthnicityGroup.White,
                    Disability.No,
                    "Nights.",
                    true,
                    false,
                    Contact: stated
                ),
                Guid.NewGuid(),
                Given.Now
            )
        );

    private static ChangeContactPreferences Change(
        ContactChannel[] channels,
        string? phone = null,
        bool reminders = true
    ) =>
        new(
            channels,
            [SafeTime.Weekends],
            VoicemailOk: false,
            MayNameHub: false,
            RemindersWanted: reminders,
            Phone: phone
        );

    [Fact]
    public void The_referral_carries_the_stated_preferences_sealed_for_the_keyworker()
    {
        var stated = new ContactPreferences([ContactChannel.Email], [SafeTime.WeekdayEvenings], false, false);

        var card = Card(stated: stated);

        Assert.Equal(stated, card.Preferences);
        Assert.Equal(ContactPreferences.Cautious, Card().Preferences);
    }

    [Fact]
    public void A_keyworker_changes_preferences_and_opts_out_of_reminders()
    {
        var card = Card();

        var changed = Assert.IsType<ContactPreferencesChanged>(
            Assert.Single(
                ChangeContactPreferencesDecision
                    .Decide(card, Change([ContactChannel.Email], reminders: false), Given.Now)
                    .Events
            )
        );

        Assert.Equal(card.KeyworkerId, changed.Preferences.OwnerId);
        Assert.False(card.Apply(changed).Preferences.RemindersWanted);
    }

    [Fact]
    public void Texts_without_any_phone_number_are_refused_and_a_new_number_makes_them_possible()
    {
        Assert.Equal(
            "phone-needed",
            ChangeContactPreferencesDecision.Decide(Card(), Change([ContactChannel.Text]), Given.Now).Refusal?.Code
        );

        var decision = ChangeContactPreferencesDecision.Decide(
            Card(),
            Change([ContactChannel.Text], phone: "07700 900123"),
            Given.Now
        );

        var changed = Assert.IsType<ContactPreferencesChanged>(Assert.Single(decision.Events));
        Assert.Equal("07700 900123", Card().Apply(changed).Phone);
    }

    [Fact]
    public void Nothing_changes_on_an_ended_journey_or_after_shredding()
    {
        var ended = Card().Apply(new JourneyWithdrawn(Guid.NewGuid(), Given.Now, null));
        var shredded = Card() with { Email = null };

        Assert.Equal(
            "journey-ended",
            ChangeContactPreferencesDecision.Decide(ended, Change([ContactChannel.Email]), Given.Now).Refusal?.Code
        );
        Assert.Equal(
            "personal-data-shredded",
            ChangeContactPreferencesDecision.Decide(shredded, Change([ContactChannel.Email]), Given.Now).Refusal?.Code
        );
    }

    [Fact]
    public void A_message_is_sealed_for_the_keyworker_and_refused_once_the_journey_ended_or_the_key_is_gone()
    {
        var journey = Given.Triaged();
        var (message, _) = PostMessageDecision.Decide(
            journey,
            MessageAuthor.Hub,
            Given.Clinician,
            new PostMessage(" Hello. "),
            true,
            Guid.NewGuid(),
            Given.Now
        );

        Assert.Equal(journey.KeyworkerId, message?.Body.OwnerId);
        Assert.Equal("Hello.", message?.Body.Value);
        Assert.Equal(
            "journey-ended",
            PostMessageDecision
                .Decide(
                    Given.Discharged(),
                    MessageAuthor.Hub,
                    Given.Clinician,
                    new PostMessage("Hi"),
                    true,
                    Guid.NewGuid(),
                    Given.Now
                )
                .Refusal?.Code
        );
        Assert.Equal(
            "personal-data-shredded",
            PostMessageDecision
                .Decide(
                    journey,
                    MessageAuthor.Keyworker,
                    journey.KeyworkerId,
                    new PostMessage("Hi"),
                    false,
                    Guid.NewGuid(),
                    Given.Now
                )
                .Refusal?.Code
        );
    }

    [Fact]
    public void Appointment_events_become_internal_changes_carrying_ids_and_times_only()
    {
        var journey = Guid.NewGuid();
        var appointment = Guid.NewGuid();
        var at = Given.Now.AddDays(3);

        var booked = AppointmentChangePublisher.Map(
            Recorded(
                new AppointmentBooked(
                    journey,
                    appointment,
                    Given.Now,
                    AppointmentPurpose.Treatment,
                    at,
                    50,
                    ContactMode.Phone,
                    false,
                    Given.Clinician
                ),
                5
            )
        );
        var cancelled = AppointmentChangePublisher.Map(
            Recorded(new AppointmentCancelled(journey, appointment, Given.Now, CancelledBy.Client, null), 6)
        );

        Assert.Equal(new AppointmentScheduleChanged(journey, appointment, at, 5, null), booked);
        Assert.Equal(new AppointmentScheduleChanged(journey, appointment, null, 6, "cancelled"), cancelled);
        Assert.Null(AppointmentChangePublisher.Map(Recorded(new JourneyWithdrawn(journey, Given.Now, null), 7)));
        Assert.All(typeof(AppointmentScheduleChanged).GetProperties(), p =>
            Assert.Contains(
                p.PropertyType,
                new[] { typeof(Guid), typeof(DateTimeOffset?), typeof(long), typeof(string), typeof(bool) }
            )
        );
    }

    private static Event<object> Recorded(object data, long version) => new Event<object>(data) { Version = version };
}
