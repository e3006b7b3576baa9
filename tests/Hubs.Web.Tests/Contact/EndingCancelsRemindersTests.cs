using System.Globalization;
using Hubs.Testing;
using Hubs.Web.Features.Contact.SchedulingReminders;

namespace Hubs.Web.Tests.Contact;

/// <summary>
/// Discharge and withdrawal cancel the journey's future appointments and their reminders; after a discharge the
/// keyworker is told of each cancelled appointment, only as their contact preferences allow.
/// </summary>
public sealed class EndingCancelsRemindersTests(ContactWorld world) : IClassFixture<ContactWorld>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public async Task A_discharge_cancels_the_appointment_and_its_reminders_and_tells_the_keyworker()
    {
        var keyworker = await ContactJourney.TriagedAsync(world.Client, ContactJourney.Preferences(["email"]));
        var startsAt = world.NextMondayMorning().AddDays(3).AddHours(4);
        var appointment = await keyworker.BookAsync(startsAt);
        await Dispatch.UntilAsync(keyworker, d => d.AreAll(2, ContactState.Queued), "reminders are queued");

        await keyworker.Journey.OkAsync(
            keyworker.Clinician,
            "discharge",
            new { reason = "declined", summary = "Chose another service." }
        );

        var record = await keyworker.Journey.GetAsync(keyworker.Lead);
        var booked = record
            .GetProperty("appointments")
            .EnumerateArray()
            .Single(a => a.GetProperty("id").GetGuid() == appointment);
        Assert.Equal("cancelled-by-hub", booked.GetProperty("state").GetString());
        await Poll.UntilAsync(
            () => Outbox.EmailsTo(world.Mail, keyworker.Email).Count == 1,
            "the cancellation notice arrives"
        );
        var deliveries = await Dispatch.UntilAsync(
            keyworker,
            d => d.Count(r => r.State() == ContactState.Cancelled) == 2,
            "the reminders are cancelled"
        );
        Assert.Contains(deliveries, d => d.State() == ContactState.Sent);
        var email = Assert.Single(Outbox.EmailsTo(world.Mail, keyworker.Email));
        Assert.Contains(
            $"{startsAt.ToString("dddd d MMMM", English)} at 2:00pm (by video call) has been cancelled",
            email.TextBody,
            StringComparison.Ordinal
        );

        world.Clock.Set(startsAt - TimeSpan.FromHours(1));
        await Dispatch.PassAsync(world);
        Assert.Single(Outbox.EmailsTo(world.Mail, keyworker.Email));
    }

    [Fact]
    public async Task A_keyworker_who_wants_no_reminders_is_not_told_of_the_cancellation()
    {
        var keyworker = await ContactJourney.TriagedAsync(
            world.Client,
            ContactJourney.Preferences(["email", "text"], remindersWanted: false)
        );
        var startsAt = world.NextMondayMorning().AddDays(3).AddHours(4);
        await keyworker.BookAsync(startsAt);

        await keyworker.Journey.OkAsync(keyworker.Clinician, "discharge", new { reason = "no-contact" });

        var deliveries = await Dispatch.UntilAsync(
            keyworker,
            d =>
                d.Exists(r =>
                    r.GetProperty("kind").GetString() == ContactKind.CancellationNotice
                    && r.State() == ContactState.NotSent
                ),
            "the notice is judged and not sent"
        );
        Assert.Contains(
            "opted out",
            deliveries
                .Single(r => r.GetProperty("kind").GetString() == ContactKind.CancellationNotice)
                .GetProperty("detail")
                .GetString(),
            StringComparison.Ordinal
        );
        Assert.Empty(Outbox.EmailsTo(world.Mail, keyworker.Email));
        Assert.Empty(Outbox.TextsTo(world.Sms, keyworker.Phone));
    }

    [Fact]
    public async Task A_withdrawal_cancels_the_reminders_without_a_notice()
    {
        var keyworker = await ContactJourney.TriagedAsync(world.Client, ContactJourney.Preferences(["email"]));
        var startsAt = world.NextMondayMorning().AddDays(3).AddHours(4);
        await keyworker.BookAsync(startsAt);
        await Dispatch.UntilAsync(keyworker, d => d.AreAll(2, ContactState.Queued), "reminders are queued");

        await keyworker.Journey.OkAsync(null, "withdrawal", new { reason = (string?)null });

        await Dispatch.UntilAsync(keyworker, d => d.AreAll(2, ContactState.Cancelled), "the reminders are cancelled");
        await Dispatch.PassAsync(world);
        Assert.Empty(Outbox.EmailsTo(world.Mail, keyworker.Email));
    }
}
