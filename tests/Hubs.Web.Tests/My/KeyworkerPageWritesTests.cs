using System.Net;
using Hubs.Testing.Auth;
using Hubs.Web.Features.Contact.ExchangingMessages;
using Hubs.Web.Tests.Authorization;
using Marten;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.My;

/// <summary>
/// Every keyworker page about one journey goes through the one door and write path (<c>OwnJourneyPage</c>): someone
/// else's journey is not found and nothing is written; a form shown before another write is refused with what was
/// typed kept, and sent again from the page it came back on, it is written.
/// </summary>
public sealed class KeyworkerPageWritesTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task Another_keyworker_cannot_withdraw_change_reset_contact_or_message_on_my_journey()
    {
        var (j, _) = await ArrangeAsync();
        // The other keyworker's forms come from their own journey (their antiforgery token), posted to mine.
        var (theirs, other) = await ArrangeAsync();
        var before = await VersionAsync(j.Id);
        var withdraw = await other.GetAsync($"/my/journeys/{theirs.Id}/withdraw");
        var change = await other.GetAsync($"/my/journeys/{theirs.Id}/appointments/{theirs.AppointmentId}/change");
        var contact = await other.GetAsync($"/my/journeys/{theirs.Id}/contact");
        var thread = await other.GetAsync($"/my/journeys/{theirs.Id}/messages");

        var posts = new[]
        {
            await other.PostAsync(
                $"/my/journeys/{j.Id}/withdraw",
                withdraw.Html,
                new Dictionary<string, string> { ["Reason"] = "Not mine." }
            ),
            await other.PostAsync(
                $"/my/journeys/{j.Id}/appointments/{j.AppointmentId}/change",
                change.Html,
                new Dictionary<string, string> { ["Kind"] = "cancel" }
            ),
            await other.PostAsync($"/my/journeys/{j.Id}/contact", contact.Html, new Dictionary<string, string>()),
            await other.PostAsync(
                $"/my/journeys/{j.Id}/messages",
                thread.Html,
                new Dictionary<string, string> { ["Text"] = "Not mine either." }
            ),
        };

        Assert.All(posts, p => Assert.Equal(HttpStatusCode.NotFound, p.Status));
        Assert.Equal(before, await VersionAsync(j.Id));
        Assert.Equal(0, await MessagesAsync(j.Id));
    }

    [Fact]
    public async Task Another_keyworker_cannot_open_any_page_of_my_journey()
    {
        var (j, _) = await ArrangeAsync();
        var (_, other) = await ArrangeAsync();

        var pages = new[]
        {
            $"/my/journeys/{j.Id}/withdraw",
            $"/my/journeys/{j.Id}/appointments/{j.AppointmentId}/change",
            $"/my/journeys/{j.Id}/contact",
            $"/my/journeys/{j.Id}/messages",
            $"/my/journeys/{j.Id}/your-data",
            $"/my/journeys/{j.Id}/safety-plan",
        };

        foreach (var page in pages)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(page)).Status);
        }
    }

    public static TheoryData<string> WritePages => ["withdraw", "change", "contact"];

    [Theory]
    [MemberData(nameof(WritePages))]
    public async Task A_form_shown_before_another_write_is_refused_keeps_what_was_typed_and_succeeds_when_sent_again(
        string page
    )
    {
        var (j, mine) = await ArrangeAsync();
        var (path, typed, kept) = Form(page, j);
        var shown = await mine.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, shown.Status);
        await WriteMeanwhileAsync(page, j, mine);
        var written = await VersionAsync(j.Id);

        var stale = await mine.PostAsync(path, shown.Html, typed);

        Assert.Equal(HttpStatusCode.OK, stale.Status);
        Assert.Contains("changed while you were on this page", stale.Html, StringComparison.Ordinal);
        Assert.Contains(kept, stale.Html, StringComparison.Ordinal);
        Assert.Equal(written, await VersionAsync(j.Id));
        var again = await mine.PostAsync(path, stale.Html, typed);
        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        Assert.True(await VersionAsync(j.Id) > written);
    }

    private static (string Path, Dictionary<string, string> Typed, string Kept) Form(string page, MatrixJourney j) =>
        page switch
        {
            "withdraw" => (
                $"/my/journeys/{j.Id}/withdraw",
                new() { ["Reason"] = "Feeling better now." },
                "Feeling better now."
            ),
            "change" => (
                $"/my/journeys/{j.Id}/appointments/{j.AppointmentId}/change",
                new() { ["Kind"] = "reschedule", ["Reason"] = "Evenings suit me better." },
                "Evenings suit me better."
            ),
            _ => (
                $"/my/journeys/{j.Id}/contact",
                new() { ["Phone"] = "07700 900555", ["RemindersWanted"] = "false" },
                "07700 900555"
            ),
        };

    /// <summary>
    /// Another write on the same journey, through a different page, between showing the form and sending it.
    /// </summary>
    private static async Task WriteMeanwhileAsync(string page, MatrixJourney j, PageClient mine)
    {
        var meanwhile =
            page == "change"
                ? await mine.SubmitAsync(
                    $"/my/journeys/{j.Id}/contact",
                    new Dictionary<string, string> { ["RemindersWanted"] = "false" }
                )
                : await mine.SubmitAsync(
                    $"/my/journeys/{j.Id}/appointments/{j.AppointmentId}/change",
                    new Dictionary<string, string> { ["Kind"] = "cancel", ["Reason"] = "Away." }
                );
        Assert.Equal(HttpStatusCode.Redirect, meanwhile.Status);
    }

    private async Task<(MatrixJourney Journey, PageClient Mine)> ArrangeAsync()
    {
        var cast = new MatrixCast(TestPrincipal.Keyworker(), TestPrincipal.Clinician("north"));
        var journey = await MatrixSetup.ArrangeAsync(web.Client, cast);
        return (journey, Pages(cast.Keyworker));
    }

    private PageClient Pages(TestPrincipal who) =>
        new(web.Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).As(who));

    private async Task<long> VersionAsync(Guid id)
    {
        await using var session = web.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.Events.FetchStreamStateAsync(id))!.Version;
    }

    private async Task<int> MessagesAsync(Guid id)
    {
        await using var session = web.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Query<SecureMessage>().CountAsync(m => m.JourneyId == id);
    }
}
