using Hubs.Testing;
using Hubs.Web.Features.Contact.SchedulingReminders;

namespace Hubs.Web.Tests.Contact;

/// <summary>
/// Marker test over what actually left: every reminder and notice a discreet keyworker received (emails as a
/// mail client shows them, texts as a phone shows them) names neither the Hub nor anything clinical, and never
/// carries the words of a message. Two replicas run the dispatcher, and each contact still goes exactly once.
/// </summary>
public sealed class DeliveredWordsTests(ContactWorld world) : IClassFixture<ContactWorld>
{
    [Fact]
    public async Task Discreet_keyworkers_get_nothing_naming_the_Hub_or_anything_clinical_and_each_contact_goes_once()
    {
        var monday = world.NextMondayMorning();
        await using var replica = world.StartReplica();
        var keyworkers = new List<ContactJourney>();
        for (var i = 0; i < 4; i++)
        {
            var keyworker = await ContactJourney.TriagedAsync(
                world.Client,
                ContactJourney.Preferences(["email", "text"], mayNameHub: false)
            );
            await keyworker.BookAsync(monday.AddDays(3).AddHours(4));
            using var message = keyworker.Lead.Request(
                HttpMethod.Post,
                $"/api/journeys/{keyworker.Journey.Id}/messages",
                new { text = "Your PHQ-9 score and the anxiety plan are ready." }
            );
            Assert.True((await world.Client.SendAsync(message)).IsSuccessStatusCode);
            keyworkers.Add(keyworker);
        }

        foreach (var keyworker in keyworkers)
        {
            await Dispatch.UntilAsync(
                keyworker,
                d => d.Count(r => r.State() == ContactState.Queued) == 2,
                "reminders are queued"
            );
        }

        world.Clock.Set(monday.AddDays(3).AddHours(3));
        foreach (var keyworker in keyworkers)
        {
            await Dispatch.UntilAsync(
                keyworker,
                d => d.AreAll(3, ContactState.Sent),
                "the notice and both reminders are sent"
            );
        }

        foreach (var keyworker in keyworkers)
        {
            var emails = Outbox.EmailsTo(world.Mail, keyworker.Email);
            var texts = Outbox.TextsTo(world.Sms, keyworker.Phone);
            Assert.Equal(3, emails.Count);
            Assert.Equal(3, texts.Count);
            foreach (var seen in emails.Select(Outbox.Seen).Concat(texts))
            {
                Assert.DoesNotContain("hub", seen, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("Resilience", seen, StringComparison.OrdinalIgnoreCase);
                Assert.All(ContactWordingMarkerTests.ClinicalMarkers, marker =>
                    Assert.DoesNotContain(marker, seen, StringComparison.OrdinalIgnoreCase)
                );
            }
        }
    }
}
