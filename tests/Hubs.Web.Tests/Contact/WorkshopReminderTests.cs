using System.Globalization;
using Hubs.Testing;
using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Contact.SchedulingReminders;
using Hubs.Web.Tests.Workshops;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Contact;

/// <summary>
/// Workshop reminders as appointment reminders: real PostgreSQL and RabbitMQ, the keyworker's contact-safety
/// preferences (channel, safe times, no reminders) from the journey the booking recorded, time moved by hand.
/// </summary>
public sealed class WorkshopReminderTests(ContactWorld world) : IClassFixture<ContactWorld>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan TwoDays = TimeSpan.FromHours(48);

    [Fact]
    public async Task A_places_reminder_waits_for_a_safe_time_goes_by_the_allowed_channel_and_stops_when_cancelled()
    {
        var monday = world.NextMondayMorning();
        var keyworker = await ContactJourney.TriagedAsync(
            world.Client,
            ContactJourney.Preferences(["email"], ["weekday-evenings"])
        );
        var startsAt = monday.AddDays(3).AddHours(4);
        var (workshop, place) = await BookedAsync(keyworker, startsAt);
        await Dispatch.UntilAsync(
            keyworker,
            d => d.AreAll(2, ContactState.Queued) && d.TrueForAll(r => Kind(r) == ContactKind.WorkshopReminder),
            "48 h and 2 h workshop reminders are queued"
        );

        world.Clock.Set(startsAt - TwoDays + Minute);
        var tuesdayFivePm = monday.AddDays(1).AddHours(7);
        await Dispatch.UntilAsync(
            keyworker,
            d => d[0].State() == ContactState.Held && d[0].DueAt() == tuesdayFivePm,
            "the reminder is held until the keyworker's safe time"
        );
        Assert.Empty(Outbox.EmailsTo(world.Mail, keyworker.Email));
        world.Clock.Set(tuesdayFivePm + Minute);
        await Poll.UntilAsync(
            () => Outbox.EmailsTo(world.Mail, keyworker.Email).Count == 1,
            "the held reminder goes at 5pm"
        );

        var email = Assert.Single(Outbox.EmailsTo(world.Mail, keyworker.Email));
        Assert.Contains(
            $"{startsAt.ToString("dddd d MMMM", English)} at 2:00pm (by video call)",
            email.TextBody,
            StringComparison.Ordinal
        );
        Assert.Empty(Outbox.TextsTo(world.Sms, keyworker.Phone));

        var cancelled = await world.Client.SendAsync(
            WorkshopArrange.AsKeyworker(
                keyworker.Journey.Keyworker,
                HttpMethod.Post,
                $"/api/keyworker/workshops/{workshop}/places/{place}/cancellation",
                new { }
            )
        );
        cancelled.EnsureSuccessStatusCode();
        await Dispatch.UntilAsync(keyworker, d => d[1].State() == ContactState.Cancelled, "the 2 h reminder stops");
        world.Clock.Set(startsAt - TimeSpan.FromHours(2) + Minute);
        await Dispatch.PassAsync(world);
        Assert.Single(Outbox.EmailsTo(world.Mail, keyworker.Email));
    }

    [Fact]
    public async Task A_keyworker_who_wants_no_reminders_gets_none_for_a_workshop()
    {
        var monday = world.NextMondayMorning();
        var keyworker = await ContactJourney.TriagedAsync(
            world.Client,
            ContactJourney.Preferences(["email", "text"], remindersWanted: false)
        );
        var startsAt = monday.AddDays(3).AddHours(4);
        await BookedAsync(keyworker, startsAt);
        await Dispatch.UntilAsync(keyworker, d => d.AreAll(2, ContactState.Queued), "workshop reminders are queued");

        world.Clock.Set(startsAt - TwoDays + Minute);
        var judged = await Dispatch.UntilAsync(
            keyworker,
            d => d[0].State() == ContactState.NotSent,
            "the reminder is judged and not sent"
        );

        Assert.Contains("opted out", judged[0].GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(Outbox.EmailsTo(world.Mail, keyworker.Email));
        Assert.Empty(Outbox.TextsTo(world.Sms, keyworker.Phone));
    }

    private async Task<(Guid Workshop, Guid Place)> BookedAsync(ContactJourney keyworker, DateTimeOffset startsAt)
    {
        await using (var session = world.Host!.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            await ClinicianSeed.SeedAsync(session, ["north"], CancellationToken.None);
        }

        var workshop = await WorkshopArrange.ScheduledAsync(world.Client, Staff.Lead(), startsAt);
        return (workshop, await WorkshopArrange.BookedAsync(world.Client, keyworker.Journey.Keyworker, workshop));
    }

    private static string? Kind(System.Text.Json.JsonElement delivery) => delivery.GetProperty("kind").GetString();
}
