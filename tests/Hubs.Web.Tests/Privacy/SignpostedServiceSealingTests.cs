using Hubs.Testing.Auth;
using Hubs.Web.Tests.Journeys;

namespace Hubs.Web.Tests.Privacy;

/// <summary>
/// The service a clinician signposts to is typed by them (it can name a person): sealed, shown, shredded.
/// </summary>
public sealed class SignpostedServiceSealingTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task The_service_signposted_to_is_never_in_clear_in_the_database_and_goes_with_the_journey()
    {
        var marker = "Sg" + Guid.NewGuid().ToString("N")[..12];
        var journey = await JourneyClient.SubmitAsync(web.Client);
        var clinician = Staff.Clinician();
        await journey.OkAsync(
            clinician,
            "triage",
            new
            {
                outcome = "signpost-elsewhere",
                reason = "Needs trauma care.",
                signpostedTo = $"Dr {marker}",
            }
        );
        var lead = Staff.Lead();
        var record = web.Host.CreateClient().As(lead.Principal);

        Assert.DoesNotContain(marker, await DatabaseDump.OfAsync(web), StringComparison.Ordinal);
        Assert.Contains(
            marker,
            await record.GetStringAsync(new Uri($"/clinic/journeys/{journey.Id}", UriKind.Relative)),
            StringComparison.Ordinal
        );

        var shred = await web.Client.SendAsync(
            lead.Request(HttpMethod.Post, $"/api/journeys/{journey.Id}/shredding", new { ground = "kept-without-need" })
        );

        Assert.Equal(System.Net.HttpStatusCode.NoContent, shred.StatusCode);
        Assert.DoesNotContain(
            marker,
            await record.GetStringAsync(new Uri($"/clinic/journeys/{journey.Id}", UriKind.Relative)),
            StringComparison.Ordinal
        );
    }
}
