using System.Net;
using Hubs.Testing.Auth;
using Hubs.Web.Tests.Authorization;
using Hubs.Web.Tests.Journeys;
using Marten;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.WhileWaiting;

/// <summary>
/// The waiting-well check-in end to end: the keyworker answers it on their page (the one write path), the clinicians
/// see the latest answers and the "feeling worse / contact sooner" marker on the triage queue, the waiting list and
/// the record; the self-harm answer shows the crisis contacts and raises the risk flag; once a week, said plainly.
/// </summary>
public sealed class WaitingWellCheckInTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task A_waiting_keyworker_checks_in_and_the_waiting_list_and_record_show_it()
    {
        var cast = new MatrixCast(TestPrincipal.Keyworker(), TestPrincipal.Clinician("north"));
        var journey = await MatrixSetup.ArrangeAsync(web.Client, cast);
        var me = Pages(cast.Keyworker);

        var sent = await me.SubmitAsync(
            $"/my/journeys/{journey.Id}/check-in",
            new Dictionary<string, string> { ["Coping"] = "Worse", ["ContactSooner"] = "true" }
        );

        Assert.Contains("Thank you for checking in", sent.Html, StringComparison.Ordinal);
        Assert.Contains("You asked to be contacted sooner", sent.Html, StringComparison.Ordinal);
        var hub = await Pages(TestPrincipal.HubLead("north")).GetAsync("/clinic/hub");
        Assert.Contains("Check-in: Feeling worse; asked to be contacted sooner", Row(hub.Html, journey.Id));
        var record = await Pages(cast.Clinician).GetAsync($"/clinic/journeys/{journey.Id}");
        Assert.Contains("Feeling worse than at referral", record.Html, StringComparison.Ordinal);
        Assert.Contains("Asked to be contacted sooner", record.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_self_harm_answer_shows_the_crisis_contacts_and_puts_the_referral_at_risk_on_the_queue()
    {
        var keyworker = TestPrincipal.Keyworker();
        var journey = await JourneyClient.SubmitAsync(web.Client, keyworker: keyworker);

        var sent = await Pages(keyworker)
            .SubmitAsync(
                $"/my/journeys/{journey.Id}/check-in",
                new Dictionary<string, string>
                {
                    ["Coping"] = "Same",
                    ["ContactSooner"] = "false",
                    ["Safety"] = "2",
                }
            );

        Assert.Contains("It sounds like things are really hard", sent.Html, StringComparison.Ordinal);
        Assert.Contains("tel:116123", sent.Html, StringComparison.Ordinal);
        var queue = await Pages(TestPrincipal.Clinician("north")).GetAsync("/clinic/triage");
        Assert.Contains("Urgent risk", Row(queue.Html, journey.Id));
        Assert.DoesNotContain("Check-in:", Row(queue.Html, journey.Id));
        var record = await Pages(TestPrincipal.HubLead("north")).GetAsync($"/clinic/journeys/{journey.Id}");
        Assert.Contains("PHQ-9 item 9 at a waiting-well check-in", record.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_check_in_within_the_week_is_explained_and_nothing_is_written()
    {
        var keyworker = TestPrincipal.Keyworker();
        var journey = await JourneyClient.SubmitAsync(web.Client, keyworker: keyworker);
        var me = Pages(keyworker);
        var path = $"/my/journeys/{journey.Id}/check-in";
        var form = await me.GetAsync(path);
        var answers = new Dictionary<string, string> { ["Coping"] = "Better", ["ContactSooner"] = "false" };
        await me.PostAsync(path, form.Html, answers);
        var version = await VersionAsync(journey.Id);

        var again = await me.GetAsync(path);
        // Sent again at the journey's current version, as a second tab or a replayed post would.
        var resent = await me.PostAsync(
            path,
            form.Html,
            new Dictionary<string, string>(answers) { ["Version"] = $"{version}" }
        );

        Assert.Contains("the next time is from", again.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Send my answers", again.Html, StringComparison.Ordinal);
        Assert.Contains("less than a week ago", resent.Html, StringComparison.Ordinal);
        Assert.Equal(version, await VersionAsync(journey.Id));
    }

    [Fact]
    public async Task Another_keyworker_can_neither_open_nor_answer_my_check_in()
    {
        var keyworker = TestPrincipal.Keyworker();
        var mine = await JourneyClient.SubmitAsync(web.Client, keyworker: keyworker);
        var other = TestPrincipal.Keyworker();
        var theirs = await JourneyClient.SubmitAsync(web.Client, keyworker: other);
        var pages = Pages(other);
        var form = await pages.GetAsync($"/my/journeys/{theirs.Id}/check-in");
        var version = await VersionAsync(mine.Id);

        var opened = await pages.GetAsync($"/my/journeys/{mine.Id}/check-in");
        var posted = await pages.PostAsync(
            $"/my/journeys/{mine.Id}/check-in",
            form.Html,
            new Dictionary<string, string> { ["Coping"] = "Worse", ["ContactSooner"] = "true" }
        );

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (opened.Status, posted.Status));
        Assert.Equal(version, await VersionAsync(mine.Id));
    }

    [Fact]
    public async Task Unanswered_questions_are_named_in_plain_English()
    {
        var keyworker = TestPrincipal.Keyworker();
        var journey = await JourneyClient.SubmitAsync(web.Client, keyworker: keyworker);

        var sent = await Pages(keyworker)
            .SubmitAsync($"/my/journeys/{journey.Id}/check-in", new Dictionary<string, string>());

        Assert.True(sent.HasErrorFor("Coping"));
        Assert.True(sent.HasErrorFor("ContactSooner"));
        Assert.Contains("Say whether you would like us to contact you sooner.", sent.Html, StringComparison.Ordinal);
    }

    /// <summary>The table row of one journey on a staff list (from its link to the end of the row).</summary>
    private static string Row(string html, Guid journeyId)
    {
        var start = html.IndexOf($"/clinic/journeys/{journeyId}", StringComparison.Ordinal);
        Assert.True(start >= 0, "The journey is not on the list.");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    private PageClient Pages(TestPrincipal who) =>
        new(web.Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).As(who));

    private async Task<long> VersionAsync(Guid id)
    {
        await using var session = web.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.Events.FetchStreamStateAsync(id))!.Version;
    }
}
