using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Testing.Auth;
using Hubs.Web.Testing;

namespace Hubs.EndToEnd.Tests.Journeys;

/// <summary>
/// Onward referral and stepped care on a marked journey (issue 20): the directory's service is named with the marker
/// too (its name must never reach Insights, only its kind), the re-assessment and the referral's note are marked.
/// </summary>
public sealed partial class MarkedJourneys
{
    /// <summary>
    /// A service named with the marker in the Hub's directory (the hub admin's; not a journey event).
    /// </summary>
    private async Task<Guid> ListServiceAsync(string marker, string hubId, string kind)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/service-directory")
        {
            Content = JsonContent.Create(
                new
                {
                    kind,
                    name = $"Service{marker}",
                    howToRefer = $"Refer{marker}",
                    contact = $"Contact{marker}",
                }
            ),
        }.SignedAs(TestPrincipal.HubAdmin(hubId));
        var listed = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, listed.StatusCode);
        var id = (await listed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Ids.Add(id.ToString());
        return id;
    }

    /// <summary>
    /// A step up with a marked re-assessment, a referral with a marked note and its outcome: 3 milestones.
    /// </summary>
    private async Task SteppedAndReferredOnAsync(JourneyClient journey, Staff clinician, string marker, string hubId)
    {
        var service = await ListServiceAsync(marker, hubId, "charity-or-helpline");
        await WriteAsync(
            journey,
            clinician,
            "steps",
            new
            {
                to = "trauma-focused-cbt",
                reason = "not-improving",
                reassessment = $"Reassessed{marker}",
            }
        );
        var referred = await WriteAsync(
            journey,
            clinician,
            "onward-referrals",
            new
            {
                stage = "review",
                kind = "referral",
                serviceId = service,
                reason = "alongside-hub-support",
                note = $"Note{marker}",
            }
        );
        var referral = referred.GetProperty("referralId").GetGuid();
        Ids.Add(referral.ToString());
        await WriteAsync(journey, clinician, $"onward-referrals/{referral}/outcome", new { outcome = "accepted" });
    }

    /// <summary>
    /// The clinician gives their new profile (version 0) a language (staff data: not a journey event).
    /// </summary>
    private async Task SpeaksPolishAsync(Staff clinician)
    {
        var changed = await http.SendAsync(
            clinician.Request(
                HttpMethod.Put,
                "/api/my/clinician-profile",
                new { name = "Clinician", languages = new[] { "English", "Polish" } },
                version: 0
            )
        );
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
    }
}
