using Hubs.Testing.Auth;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Hubs.Web.Tests.Journeys;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Privacy;

/// <summary>
/// Support preferences, free-text wishes included, are sealed personal data of the journey and go with its key.
/// </summary>
public sealed class SupportPreferencesSealingTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task The_clinician_wishes_are_never_in_clear_in_the_database_and_are_shredded_with_the_journey()
    {
        var marker = "Sp" + Guid.NewGuid().ToString("N")[..12];
        Guid journeyId;
        using (var scope = web.Host.Services.CreateScope())
        {
            var drafts = scope.ServiceProvider.GetRequiredService<DraftStore>();
            var draft = new ReferralDraft
            {
                Id = Guid.NewGuid(),
                ExpiresAt = DateTimeOffset.UtcNow.AddHours(1),
                HubId = "north",
                Name = "Sam Support",
                Email = "sam@example.invalid",
                Sector = Sector.Health,
                StaffGroup = StaffGroup.Nursing,
                HelpWith = "Nights.",
                ConsentToSupport = true,
                Support = new SupportPreferences
                {
                    Modes = ["video"],
                    ClinicianCharacteristics = ["gender"],
                    ClinicianDetails = $"A woman, please {marker}",
                },
            };
            drafts.Session.Store(draft);
            await drafts.Session.SaveChangesAsync();
            var screeningId = await scope
                .ServiceProvider.GetRequiredService<ReferralSubmission>()
                .SendAsync(draft, null, CancellationToken.None);
            await using var query = web.Host.Services.GetRequiredService<Marten.IDocumentStore>().QuerySession();
            journeyId = (
                await query.LoadAsync<Hubs.Web.Features.Journeys.AnsweringScreening.ScreeningDraft>(screeningId)
            )!.JourneyId;
        }

        var lead = Staff.Lead();
        var record = web.Host.CreateClient().As(lead.Principal);
        Assert.DoesNotContain(marker, await DatabaseDump.OfAsync(web), StringComparison.Ordinal);
        Assert.Contains(
            marker,
            await record.GetStringAsync(new Uri($"/clinic/journeys/{journeyId}", UriKind.Relative)),
            StringComparison.Ordinal
        );

        var shred = await web.Client.SendAsync(
            lead.Request(HttpMethod.Post, $"/api/journeys/{journeyId}/shredding", new { ground = "kept-without-need" })
        );

        Assert.Equal(System.Net.HttpStatusCode.NoContent, shred.StatusCode);
        Assert.DoesNotContain(marker, await DatabaseDump.OfAsync(web), StringComparison.Ordinal);
        Assert.DoesNotContain(
            marker,
            await record.GetStringAsync(new Uri($"/clinic/journeys/{journeyId}", UriKind.Relative)),
            StringComparison.Ordinal
        );
    }
}
