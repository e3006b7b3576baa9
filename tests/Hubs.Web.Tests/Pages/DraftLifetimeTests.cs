using System.Net;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Marten;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Pages;

public sealed class DraftLifetimeTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task An_expired_draft_is_not_shown_and_the_sweeper_destroys_it()
    {
        var store = web.Host.Services.GetRequiredService<IDocumentStore>();
        var expired = new ReferralDraft
        {
            Id = Guid.NewGuid(),
            ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1),
            Name = "Old Draft",
        };
        var current = new ReferralDraft { Id = Guid.NewGuid(), ExpiresAt = DateTimeOffset.UtcNow.AddHours(1) };
        await using (var session = store.LightweightSession())
        {
            session.Store(expired, current);
            await session.SaveChangesAsync();
        }

        var client = web.Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(new Uri($"/refer/{expired.Id}/about-you", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/refer/expired", response.Headers.Location?.ToString());

        Assert.True(await DraftSweeper.SweepAsync(store, DateTimeOffset.UtcNow, CancellationToken.None) >= 1);

        await using var query = store.QuerySession();
        Assert.Null(await query.LoadAsync<ReferralDraft>(expired.Id));
        Assert.NotNull(await query.LoadAsync<ReferralDraft>(current.Id));
    }
}
