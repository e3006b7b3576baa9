using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Hubs.Web.Features.Journeys.ContactRules;
using static Hubs.Web.Tests.Contact.Policies;

namespace Hubs.Web.Tests.Contact;

/// <summary>One test (or more) per preference a keyworker can state.</summary>
public sealed class ContactPolicyTests
{
    private static readonly ContactRequest Notice = new(MessageKind.NewMessageNotice);

    [Fact]
    public void Email_only_never_texts_even_with_a_phone_number_on_record()
    {
        var plan = Plan(Allowing(ContactChannel.Email), Reminder(MondayTenAm.AddDays(2)), MondayTenAm);

        var only = Assert.Single(plan.Contacts);
        Assert.Equal(ContactChannel.Email, only.Channel);
        Assert.Equal("kw@example.org", only.Address);
    }

    [Fact]
    public void Text_only_sends_a_text_and_no_email()
    {
        var plan = Plan(Allowing(ContactChannel.Text), Notice, MondayTenAm);

        var only = Assert.Single(plan.Contacts);
        Assert.Equal(ContactChannel.Text, only.Channel);
        Assert.Null(only.Subject);
    }

    [Fact]
    public void Phone_calls_only_means_no_automatic_message_but_a_call_is_allowed()
    {
        var phoneOnly = Allowing(ContactChannel.Phone);

        Assert.NotNull(Plan(phoneOnly, Reminder(MondayTenAm.AddDays(2)), MondayTenAm).NotSent);
        Assert.Equal(
            ContactChannel.Phone,
            Assert.Single(Plan(phoneOnly, new ContactRequest(MessageKind.PhoneCall), MondayTenAm).Contacts).Channel
        );
        Assert.NotNull(
            Plan(Allowing(ContactChannel.Email), new ContactRequest(MessageKind.PhoneCall), MondayTenAm).NotSent
        );
    }

    [Fact]
    public void Inside_a_safe_time_it_goes_now()
    {
        var plan = Plan(
            Allowing(ContactChannel.Email) with
            {
                SafeTimes = [SafeTime.WeekdayMornings],
            },
            Notice,
            MondayTenAm
        );

        Assert.False(plan.IsHeld(MondayTenAm));
        Assert.Equal(MondayTenAm, plan.SendAt);
    }

    [Fact]
    public void Outside_safe_times_it_is_held_until_the_next_safe_time()
    {
        var eveningsOnly = Allowing(ContactChannel.Email) with { SafeTimes = [SafeTime.WeekdayEvenings] };

        var plan = Plan(eveningsOnly, Notice, MondayTenAm);

        Assert.True(plan.IsHeld(MondayTenAm));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.Zero), plan.SendAt);
    }

    [Fact]
    public void Weekends_only_on_a_Monday_waits_for_Saturday_morning()
    {
        var plan = Plan(Allowing(ContactChannel.Email) with { SafeTimes = [SafeTime.Weekends] }, Notice, MondayTenAm);

        Assert.Equal(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero), plan.SendAt);
    }

    [Fact]
    public void Safe_times_are_the_Hubs_local_time_in_summer_too()
    {
        var summerMonday6am = new DateTimeOffset(2026, 6, 1, 6, 0, 0, TimeSpan.Zero);

        var plan = Plan(
            Allowing(ContactChannel.Email) with
            {
                SafeTimes = [SafeTime.WeekdayMornings],
            },
            Notice,
            summerMonday6am
        );

        Assert.Equal(new DateTimeOffset(2026, 6, 1, 7, 0, 0, TimeSpan.Zero), plan.SendAt);
    }

    [Fact]
    public void A_reminder_whose_next_safe_time_is_after_the_appointment_is_not_sent()
    {
        var mornings = Allowing(ContactChannel.Email) with { SafeTimes = [SafeTime.WeekdayMornings] };
        var twoPm = MondayTenAm.AddHours(4);

        var plan = Plan(mornings, Reminder(twoPm), MondayTenAm.AddHours(3));

        Assert.Empty(plan.Contacts);
        Assert.Contains("before the appointment", plan.NotSent, StringComparison.Ordinal);
    }

    [Fact]
    public void Refused_voicemail_is_never_allowed_and_the_caller_is_told()
    {
        var plan = Plan(
            Allowing(ContactChannel.Phone) with
            {
                VoicemailOk = false,
            },
            new ContactRequest(MessageKind.PhoneCall),
            MondayTenAm
        );

        Assert.False(plan.VoicemailAllowed);
        Assert.Contains("do not leave a voicemail", Assert.Single(plan.Contacts).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Allowed_voicemail_may_be_left()
    {
        var plan = Plan(Allowing(ContactChannel.Phone), new ContactRequest(MessageKind.PhoneCall), MondayTenAm);

        Assert.True(plan.VoicemailAllowed);
    }

    [Fact]
    public void Discretion_keeps_the_Hubs_name_out_of_every_word()
    {
        var discreet = Allowing(ContactChannel.Email, ContactChannel.Text, ContactChannel.Phone) with
        {
            MayNameHub = false,
        };

        var words = new[] { Reminder(MondayTenAm.AddDays(2)), Notice, new ContactRequest(MessageKind.PhoneCall) }
            .SelectMany(request => Plan(discreet, request, MondayTenAm).Contacts)
            .SelectMany(c => new[] { c.Subject, c.Text })
            .OfType<string>()
            .ToList();

        Assert.NotEmpty(words);
        Assert.All(words, w => Assert.DoesNotContain("hub", w, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Without_a_request_for_discretion_the_Hub_is_named()
    {
        var plan = Plan(Allowing(ContactChannel.Email), Notice, MondayTenAm);

        Assert.Contains(HubName, Assert.Single(plan.Contacts).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Opting_out_of_reminders_stops_reminders_but_not_message_notices()
    {
        var optedOut = Allowing(ContactChannel.Email) with { RemindersWanted = false };

        Assert.Empty(Plan(optedOut, Reminder(MondayTenAm.AddDays(2)), MondayTenAm).Contacts);
        Assert.Single(Plan(optedOut, Notice, MondayTenAm).Contacts);
    }

    [Fact]
    public void Stating_nothing_is_as_cautious_as_can_be()
    {
        var plan = Plan(ContactPreferences.Cautious, Reminder(MondayTenAm.AddDays(2)), MondayTenAm);

        var only = Assert.Single(plan.Contacts);
        Assert.Equal(ContactChannel.Email, only.Channel);
        Assert.True(only.Discreet);
    }
}
