using System.Globalization;
using Hubs.Testing;
using Hubs.Web.Features.Contact.SchedulingReminders;
using Hubs.Web.Tests.Journeys;

namespace Hubs.Web.Tests.Contact;

/// <summary>
/// Appointment reminders end to end: real PostgreSQL and RabbitMQ, Web hosts stopped and started, time moved by hand.
/// </summary>
public sealed class ReminderTests(ContactWorld world) : IClassFixture<ContactWorld>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan TwoDays = TimeSpan.FromHours(48);

    [Fact]
    public async Task A_booked_appointments_reminder_arrives_at_its_time_after_every_host_restarted_in_between()
    {
        var monday = world.NextMondayMorning();
        var keyworker = await ContactJourney.TriagedAsync(world.Client, ContactJourney.Preferences(["email"]));
        var startsAt = monday.AddDays(3).AddHours(4);
        await keyworker.BookAsync(startsAt);
        await Dispatch.UntilAsync(
            keyworker,
            d => d.AreAll(2, ContactState.Queued),
            "48 h and 2 h reminders are queued"
        );

        await world.StopAsync();
        world.Clock.Set(startsAt - TwoDays - Minute);
        await world.RestartAsync();
        Assert.Equal(0, await Dispatch.PassAsync(world));
        Assert.Empty(Outbox.EmailsTo(world.Mail, keyworker.Email));

        await world.StopAsync();
        world.Clock.Set(startsAt - TwoDays + Minute);
        await world.RestartAsync();
        await Poll.UntilAsync(
            () => Outbox.EmailsTo(world.Mail, keyworker.Email).Count == 1,
            "the 48 h reminder arrives"
        );

        var email = Assert.Single(Outbox.EmailsTo(world.Mail, keyworker.Email));
        Assert.Equal("Appointment reminder from North Resilience Hub", email.Subject);
        Assert.Contains(
            $"{startsAt.ToString("dddd d MMMM", English)} at 2:00pm (by video call)",
            email.TextBody,
            StringComparison.Ordinal
        );
        var deliveries = await keyworker.On(world.Client).DeliveriesAsync();
        Assert.Equal([ContactState.Sent, ContactState.Queued], deliveries.Select(d => d.State()));
        Assert.Equal("email", Assert.Single(deliveries[0].GetProperty("sentBy").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task Rescheduling_moves_the_reminder_to_the_new_time()
    {
        var monday = world.NextMondayMorning();
        var keyworker = await ContactJourney.TriagedAsync(world.Client, ContactJourney.Preferences(["email"]));
        var startsAt = monday.AddDays(3).AddHours(4);
        var appointment = await keyworker.BookAsync(startsAt);
        await Dispatch.UntilAsync(keyworker, d => d.AreAll(2, ContactState.Queued), "reminders are queued");

        var movedTo = startsAt.AddDays(1);
        await keyworker.Journey.OkAsync(
            keyworker.Clinician,
            $"appointments/{appointment}/reschedule",
            new
            {
                startsAt = movedTo,
                mode = "phone",
                outOfHours = false,
                confirmWarnings = true,
            }
        );
        await Dispatch.UntilAsync(keyworker, d => d.Exists(r => r.DueAt() == movedTo - TwoDays), "the reminder moves");

        world.Clock.Set(startsAt - TwoDays + Minute);
        Assert.Equal(0, await Dispatch.PassAsync(world));
        Assert.Empty(Outbox.EmailsTo(world.Mail, keyworker.Email));

        world.Clock.Set(movedTo - TwoDays + Minute);
        await Poll.UntilAsync(
            () => Outbox.EmailsTo(world.Mail, keyworker.Email).Count == 1,
            "the moved reminder arrives"
        );
        Assert.Contains(
            $"{movedTo.ToString("dddd d MMMM", English)} at 2:00pm (by phone)",
            Outbox.EmailsTo(world.Mail, keyworker.Email)[0].TextBody,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Cancelling_removes_the_reminders()
    {
        var monday = world.NextMondayMorning();
        var keyworker = await ContactJourney.TriagedAsync(world.Client, ContactJourney.Preferences(["email", "text"]));
        var startsAt = monday.AddDays(3).AddHours(4);
        var appointment = await keyworker.BookAsync(startsAt);
        await Dispatch.UntilAsync(keyworker, d => d.AreAll(2, ContactState.Queued), "reminders are queued");

        await keyworker.Journey.OkAsync(
            keyworker.Clinician,
            $"appointments/{appointment}/cancellation",
            new { by = "client", reason = "Shift changed." }
        );
        await Dispatch.UntilAsync(keyworker, d => d.AreAll(2, ContactState.Cancelled), "the reminders are cancelled");

        world.Clock.Set(startsAt - TimeSpan.FromHours(1));
        Assert.Equal(0, await Dispatch.PassAsync(world));
        Assert.Empty(Outbox.EmailsTo(world.Mail, keyworker.Email));
        Assert.Empty(Outbox.TextsTo(world.Sms, keyworker.Phone));
    }

    [Fact]
    public async Task A_reminder_due_outside_safe_times_is_held_and_sent_at_the_next_safe_time()
    {
        var monday = world.NextMondayMorning();
        var keyworker = await ContactJourney.TriagedAsync(
            world.Client,
            ContactJourney.Preferences(["email"], ["weekday-evenings"])
        );
        var startsAt = monday.AddDays(3).AddHours(2);
        await keyworker.BookAsync(startsAt);
        await Dispatch.UntilAsync(keyworker, d => d.AreAll(2, ContactState.Queued), "reminders are queued");

        world.Clock.Set(startsAt - TwoDays + Minute);
        var tuesdayFivePm = monday.AddDays(1).AddHours(7);
        await Dispatch.UntilAsync(
            keyworker,
            d => d[0].State() == ContactState.Held && d[0].DueAt() == tuesdayFivePm,
            "the reminder is held until 5pm"
        );
        Assert.Empty(Outbox.EmailsTo(world.Mail, keyworker.Email));

        world.Clock.Set(tuesdayFivePm + Minute);
        await Poll.UntilAsync(
            () => Outbox.EmailsTo(world.Mail, keyworker.Email).Count == 1,
            "the held reminder goes at 5pm"
        );

        world.Clock.Set(startsAt - TimeSpan.FromHours(2) + Minute);
        var last = await Dispatch.UntilAsync(
            keyworker,
            d => d[1].State() == ContactState.NotSent,
            "the 2 h reminder, with no safe time left, is not sent"
        );
        Assert.Contains("safe time", last[1].GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Single(Outbox.EmailsTo(world.Mail, keyworker.Email));
    }

    [Fact]
    public async Task No_text_is_ever_sent_to_someone_who_allowed_only_email()
    {
        var monday = world.NextMondayMorning();
        var emailOnly = await ContactJourney.TriagedAsync(world.Client, ContactJourney.Preferences(["email"]));
        var texter = await ContactJourney.TriagedAsync(world.Client, ContactJourney.Preferences(["text"]));
        var startsAt = monday.AddDays(3).AddHours(4);
        await emailOnly.BookAsync(startsAt);
        await texter.BookAsync(startsAt);
        await Dispatch.UntilAsync(emailOnly, d => d.AreAll(2, ContactState.Queued), "reminders are queued");
        await Dispatch.UntilAsync(texter, d => d.AreAll(2, ContactState.Queued), "reminders are queued");

        world.Clock.Set(startsAt - Minute);
        await Dispatch.UntilAsync(emailOnly, d => d.AreAll(2, ContactState.Sent), "both reminders are sent");
        await Dispatch.UntilAsync(texter, d => d.AreAll(2, ContactState.Sent), "both reminders are sent");

        Assert.Equal(2, Outbox.EmailsTo(world.Mail, emailOnly.Email).Count);
        Assert.Empty(Outbox.TextsTo(world.Sms, emailOnly.Phone));
        Assert.Equal(2, Outbox.TextsTo(world.Sms, texter.Phone).Count);
        Assert.Empty(Outbox.EmailsTo(world.Mail, texter.Email));
    }
}
