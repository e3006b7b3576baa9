using System.Net;
using Hubs.Testing.Auth;
using Hubs.Web.Tests.Authorization;
using Marten;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.My;

/// <summary>
/// The keyworker's withdraw, appointment-change and contact pages write through the one journey write path: someone
/// else's journey is not found and nothing is written; a form shown before another write is refused, not applied.
/// </summary>
public sealed class KeyworkerPageWritesTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task Another_keyworker_cannot_withdraw_change_or_reset_contact_on_my_journey()
    {
        var (j, _) = await ArrangeAsync();
        // The other keyworker's forms come from their own journey (their antiforgery token), posted to mine.
        var (theirs, other) = await ArrangeAsync();
        var before = await VersionAsync(j.Id);
        var withdraw = await other.GetAsync($"/my/journeys/{theirs.Id}/withdraw");
        var change = await other.GetAsync($"/my/journeys/{theirs.Id}/appointments/{theirs.AppointmentId}/change");
        var contact = await other.GetAsync($"/my/journeys/{theirs.Id}/contact");

        var posts = new[]
        {
            await other.PostAsync($"/my/journeys/{j.Id}/withdraw", withdraw.Html, new Dictionary<string, string> { ["Reason"] = "Not mine." }),
            await other.PostAsync(
                $"/my/journeys/{j.Id}/appointments/{j.AppointmentId}/change", change.Html, new Dictionary<string, string> { ["Kind"] = "cancel" }),
            await other.PostAsync($"/my/journeys/{j.Id}/contact", contact.Html, new Dictionary<string, string>()),
        };

        Assert.All(posts, p => Assert.Equal(HttpStatusCode.NotFound, p.Status));
        Assert.Equal(before, await VersionAsync(j.Id));
    }

    [Fact]
    public async Task A_withdrawal_confirmed_on_a_page_shown_before_another_write_is_refused_and_nothing_is_lost()
    {
        var (j, mine) = await ArrangeAsync();
        var shown = await mine.GetAsync($"/my/journeys/{j.Id}/withdraw");
        var change = await mine.SubmitAsync($"/my/journeys/{j.Id}/appointments/{j.AppointmentId}/change", new Dictionary<string, string> { ["Kind"] = "cancel", ["Reason"] = "Away." });
        Assert.Equal(HttpStatusCode.Redirect, change.Status);
        var written = await VersionAsync(j.Id);

        var stale = await mine.PostAsync($"/my/journeys/{j.Id}/withdraw", shown.Html, new Dictionary<string, string> { ["Reason"] = "Feeling better." });

        Assert.Equal(HttpStatusCode.OK, stale.Status);
        Assert.Contains("changed while you were on this page", stale.Html, StringComparison.Ordinal);
        Assert.Equal(written, await VersionAsync(j.Id));
        var again = await mine.PostAsync($"/my/journeys/{j.Id}/withdraw", stale.Html, new Dictionary<string, string> { ["Reason"] = "Feeling better." });
        Assert.Equal(HttpStatusCode.Redirect, again.Status);
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
}
