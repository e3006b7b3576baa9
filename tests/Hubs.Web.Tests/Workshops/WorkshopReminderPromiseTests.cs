using Hubs.Testing.Auth;
using Hubs.Web.Tests.Clinic;
using Hubs.Web.Tests.Contact;

namespace Hubs.Web.Tests.Workshops;

/// <summary>
/// The booking page and "Your workshops" promise a reminder only to a keyworker the Hub can remind: one with a
/// journey there, whose contact-safety preferences the reminders follow. Anyone else is told to note the time.
/// </summary>
public sealed class WorkshopReminderPromiseTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    private const string Promise =
        "We remind you before the workshop in the way you told the Hub is safe to contact you.";
    private const string NoPromise = "The Hub has no way to remind you";

    [Fact]
    public async Task Only_a_keyworker_with_a_journey_at_the_hub_is_promised_a_reminder()
    {
        var client = clinic.App.CreateClient();
        var workshop = await WorkshopArrange.ScheduledAsync(
            client,
            ClinicFixture.Clinician(),
            clinic.Clock.GetUtcNow().AddDays(7)
        );
        var referred = await ContactJourney.TriagedAsync(client, ContactJourney.Preferences(["email"]));

        var withJourney = await clinic.As(referred.Journey.Keyworker).GetAsync($"/my/workshops/{workshop}/book");
        var without = await clinic.As(TestPrincipal.Keyworker()).GetAsync($"/my/workshops/{workshop}/book");

        Assert.Contains(Promise, Decoded(withJourney.Html), StringComparison.Ordinal);
        Assert.DoesNotContain(NoPromise, Decoded(withJourney.Html), StringComparison.Ordinal);
        Assert.DoesNotContain(Promise, Decoded(without.Html), StringComparison.Ordinal);
        Assert.Contains(NoPromise, Decoded(without.Html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Your_workshops_says_of_each_booked_place_whether_and_how_you_will_be_reminded()
    {
        var client = clinic.App.CreateClient();
        var workshop = await WorkshopArrange.ScheduledAsync(
            client,
            ClinicFixture.Clinician(),
            clinic.Clock.GetUtcNow().AddDays(7)
        );
        var referred = (await ContactJourney.TriagedAsync(client, ContactJourney.Preferences(["email"]))).Journey;
        var stranger = TestPrincipal.Keyworker();
        await WorkshopArrange.BookedAsync(client, referred.Keyworker, workshop);
        await WorkshopArrange.BookedAsync(client, stranger, workshop);

        var withJourney = Decoded((await clinic.As(referred.Keyworker).GetAsync("/my/workshops")).Html);
        var without = Decoded((await clinic.As(stranger).GetAsync("/my/workshops")).Html);

        Assert.Contains(Promise, withJourney, StringComparison.Ordinal);
        Assert.DoesNotContain(NoPromise, withJourney, StringComparison.Ordinal);
        Assert.DoesNotContain(Promise, without, StringComparison.Ordinal);
        Assert.Contains(NoPromise, without, StringComparison.Ordinal);
    }

    private static string Decoded(string html) =>
        System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, @"\s+", " "));
}
