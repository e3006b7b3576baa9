using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Testing.Auth;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.ReferringOn;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Journeys;

/// <summary>
/// Over HTTP: a clinician steps a journey's care up, refers it on to a service of the Hub's directory and records the
/// outcome; the journey's onward record lists it in order, open until answered; another Hub's service is not found.
/// </summary>
public sealed class OnwardReferralEndpointTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task A_journey_is_stepped_up_referred_on_answered_and_discharged_as_moved_on()
    {
        var clinician = Staff.Clinician();
        var journey = await JourneySteps.TreatedAsync(web.Client, clinician, Staff.Lead(), 14, 12);
        var trauma = await ListAsync("north", "specialist-trauma");

        await journey.OkAsync(
            clinician,
            "steps",
            new
            {
                to = "trauma-focused-cbt",
                reason = "not-improving",
                reassessment = "Flashbacks since the fire.",
            }
        );
        var referred = await journey.OkAsync(
            clinician,
            "onward-referrals",
            new
            {
                stage = "review",
                kind = "referral",
                serviceId = trauma,
                reason = "needs-specialist-care",
            }
        );
        var referralId = referred.GetProperty("referralId").GetGuid();
        var open = await RecordAsync(journey.Id);
        Assert.Equal(1, open.OpenCount);
        Assert.Equal(InterventionType.TraumaFocusedCbt, open.Intervention);
        var step = Assert.Single(open.Steps);
        Assert.Equal((InterventionType.GuidedSelfHelp, StepDirection.Up), (step.From, step.Direction));

        await journey.OkAsync(clinician, $"onward-referrals/{referralId}/outcome", new { outcome = "accepted" });
        await journey.OkAsync(clinician, "discharge", new { reason = "moved-on", movedOnTo = trauma });

        var done = await RecordAsync(journey.Id);
        Assert.Equal((0, true, (Guid?)trauma), (done.OpenCount, done.Ended, done.MovedOnTo));
        Assert.Equal(OnwardOutcome.Accepted, Assert.Single(done.Referrals).Outcome);
    }

    [Fact]
    public async Task Another_Hubs_service_is_refused_as_not_found_and_a_bad_code_is_a_400()
    {
        var clinician = Staff.Clinician();
        var journey = await JourneySteps.TreatedAsync(web.Client, clinician, Staff.Lead(), 14, 12);
        var south = await ListAsync("south", "gp");

        var refused = await journey.PostAsync(
            clinician,
            "onward-referrals",
            new
            {
                stage = "review",
                kind = "signpost",
                serviceId = south,
                reason = "other",
            }
        );
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("service-not-found", await refused.Content.ReadAsStringAsync());
        var bad = await journey.PostAsync(
            clinician,
            "onward-referrals",
            new
            {
                stage = "later",
                kind = "signpost",
                serviceId = south,
                reason = "other",
            }
        );
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    private async Task<Guid> ListAsync(string hub, string kind)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/service-directory")
        {
            Content = JsonContent.Create(
                new
                {
                    kind,
                    name = $"A {kind} service",
                    howToRefer = "By letter.",
                }
            ),
        }.SignedAs(TestPrincipal.HubAdmin(hub));
        var response = await web.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<OnwardRecord> RecordAsync(Guid journeyId)
    {
        await using var session = web.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return Assert.IsType<OnwardRecord>(await session.LoadAsync<OnwardRecord>(journeyId));
    }
}
