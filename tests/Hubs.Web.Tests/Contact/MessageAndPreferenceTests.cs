using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Testing;
using Hubs.Testing.Auth;
using Hubs.Web.Features.Contact.SchedulingReminders;

namespace Hubs.Web.Tests.Contact;

/// <summary>Secure messages and the keyworker's own controls, over HTTP against real PostgreSQL and RabbitMQ.</summary>
public sealed class MessageAndPreferenceTests(ContactWorld world) : IClassFixture<ContactWorld>
{
    [Fact]
    public async Task The_Hub_and_the_keyworker_write_to_each_other_and_the_notice_says_only_that_there_is_a_message()
    {
        world.NextMondayMorning();
        var keyworker = await ContactJourney.TriagedAsync(
            world.Client,
            ContactJourney.Preferences(["email"], mayNameHub: false)
        );
        var words = $"Can we move Thursday? {Guid.NewGuid():N}";

        using var posted = keyworker.Lead.Request(
            HttpMethod.Post,
            $"/api/journeys/{keyworker.Journey.Id}/messages",
            new { text = words }
        );
        Assert.Equal(HttpStatusCode.Created, (await world.Client.SendAsync(posted)).StatusCode);
        await Poll.UntilAsync(
            () => Outbox.EmailsTo(world.Mail, keyworker.Email).Count == 1,
            "the keyworker is told they have a message"
        );
        var reply = await keyworker.AsKeyworkerAsync(
            world.Client,
            HttpMethod.Post,
            "messages",
            new { text = "Yes, Friday is fine." }
        );
        Assert.Equal(HttpStatusCode.Created, reply.StatusCode);

        var notice = Assert.Single(Outbox.EmailsTo(world.Mail, keyworker.Email));
        Assert.Equal("You have a new message", notice.Subject);
        Assert.Equal("no-reply@example.org", Assert.Single(notice.From.Mailboxes).Address);
        Assert.DoesNotContain(words, Outbox.Seen(notice), StringComparison.Ordinal);
        Assert.Contains("https://sign-in.example.org/", notice.TextBody, StringComparison.Ordinal);
        var seenByKeyworker = await (
            await keyworker.AsKeyworkerAsync(world.Client, HttpMethod.Get, "messages")
        ).Content.ReadFromJsonAsync<JsonElement>();
        var seenByStaff = await keyworker.Journey.GetAsync(keyworker.Lead, "/messages");
        foreach (var thread in new[] { seenByKeyworker, seenByStaff })
        {
            Assert.Equal(
                [("hub", words), ("keyworker", "Yes, Friday is fine.")],
                thread
                    .GetProperty("messages")
                    .EnumerateArray()
                    .Select(m => (m.GetProperty("from").GetString(), m.GetProperty("text").GetString()))
            );
        }

        Assert.Equal(
            0,
            await world.Database.CountAsync(
                $"SELECT count(*) FROM clinical.mt_doc_securemessage WHERE data::text LIKE '%{words[^32..]}%'"
            )
        );
    }

    [Fact]
    public async Task Nobody_else_reads_a_keyworkers_thread()
    {
        var keyworker = await ContactJourney.TriagedAsync(world.Client, ContactJourney.Preferences(["email"]));
        using var request = new HttpRequestMessage(
            HttpMethod.Get,
            $"/api/keyworker/journeys/{keyworker.Journey.Id}/messages"
        ).SignedAs(TestPrincipal.Keyworker());

        Assert.Equal(HttpStatusCode.NotFound, (await world.Client.SendAsync(request)).StatusCode);
        using var otherHub = Staff
            .Lead("south")
            .Request(HttpMethod.Get, $"/api/journeys/{keyworker.Journey.Id}/messages");
        Assert.Equal(HttpStatusCode.NotFound, (await world.Client.SendAsync(otherHub)).StatusCode);
    }

    [Fact]
    public async Task Shredding_makes_the_thread_and_the_contact_details_unreadable_with_the_rest()
    {
        var monday = world.NextMondayMorning();
        var keyworker = await ContactJourney.TriagedAsync(world.Client, ContactJourney.Preferences(["email", "text"]));
        await keyworker.AsKeyworkerAsync(
            world.Client,
            HttpMethod.Post,
            "messages",
            new { text = "Something private." }
        );
        var startsAt = monday.AddDays(3).AddHours(4);
        await keyworker.BookAsync(startsAt);
        await Dispatch.UntilAsync(keyworker, d => d.AreAll(2, ContactState.Queued), "reminders are queued");

        using var shred = keyworker.Lead.Request(
            HttpMethod.Post,
            $"/api/journeys/{keyworker.Journey.Id}/shredding",
            new { ground = "kept-without-need" }
        );
        Assert.Equal(HttpStatusCode.NoContent, (await world.Client.SendAsync(shred)).StatusCode);
        world.Clock.Set(startsAt - TimeSpan.FromMinutes(1));

        var deliveries = await Dispatch.UntilAsync(
            keyworker,
            d => d.AreAll(2, ContactState.NotSent),
            "no reminder can go to a shredded address"
        );
        Assert.All(deliveries, d =>
            Assert.Contains("no channel", d.GetProperty("detail").GetString(), StringComparison.Ordinal)
        );
        Assert.Empty(Outbox.EmailsTo(world.Mail, keyworker.Email));
        Assert.Empty(Outbox.TextsTo(world.Sms, keyworker.Phone));
        var thread = await keyworker.Journey.GetAsync(keyworker.Lead, "/messages");
        Assert.Equal(
            JsonValueKind.Null,
            thread.GetProperty("messages").EnumerateArray().Single().GetProperty("text").ValueKind
        );
        var overview = await keyworker.Journey.GetAsync(keyworker.Lead, "/contact");
        Assert.False(overview.GetProperty("call").GetProperty("mayCall").GetBoolean());
    }

    [Fact]
    public async Task A_keyworker_who_opts_out_of_reminders_gets_none()
    {
        var monday = world.NextMondayMorning();
        var keyworker = await ContactJourney.TriagedAsync(world.Client, ContactJourney.Preferences(["email"]));
        var startsAt = monday.AddDays(3).AddHours(4);
        await keyworker.BookAsync(startsAt);
        await Dispatch.UntilAsync(keyworker, d => d.AreAll(2, ContactState.Queued), "reminders are queued");

        using var change = new HttpRequestMessage(
            HttpMethod.Post,
            $"/api/keyworker/journeys/{keyworker.Journey.Id}/contact-preferences"
        )
        {
            Content = JsonContent.Create(ContactJourney.Preferences(["email"], remindersWanted: false)),
        };
        change.SignedAs(keyworker.Journey.Keyworker);
        change.Headers.TryAddWithoutValidation("If-Match", $"\"{keyworker.Journey.Version}\"");
        var changed = await world.Client.SendAsync(change);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        world.Clock.Set(startsAt - TimeSpan.FromMinutes(1));
        var deliveries = await Dispatch.UntilAsync(
            keyworker,
            d => d.AreAll(2, ContactState.NotSent),
            "both reminders are not sent"
        );
        Assert.All(deliveries, d =>
            Assert.Contains("opted out", d.GetProperty("detail").GetString(), StringComparison.Ordinal)
        );
        Assert.Empty(Outbox.EmailsTo(world.Mail, keyworker.Email));
    }

    [Fact]
    public async Task Texts_need_a_phone_number_and_a_stale_version_is_refused()
    {
        var referral = Referrals.Valid();
        referral["phone"] = null;
        var journey = await JourneyClient.SubmitAsync(world.Client, referral);

        using var texts = KeyworkerChange(journey, ContactJourney.Preferences(["text"]), journey.Version);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await world.Client.SendAsync(texts)).StatusCode);
        using var stale = KeyworkerChange(journey, ContactJourney.Preferences(["email"]), journey.Version - 1);
        Assert.Equal(HttpStatusCode.Conflict, (await world.Client.SendAsync(stale)).StatusCode);
    }

    private static HttpRequestMessage KeyworkerChange(JourneyClient journey, object preferences, long version)
    {
        var request = new HttpRequestMessage(
            HttpMethod.Post,
            $"/api/keyworker/journeys/{journey.Id}/contact-preferences"
        )
        {
            Content = JsonContent.Create(preferences),
        };
        request.SignedAs(journey.Keyworker);
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        return request;
    }
}
