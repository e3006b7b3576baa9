using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Testing.Auth;
using Hubs.Web.Tests.Journeys;

namespace Hubs.Web.Tests.Authorization;

/// <summary>
/// The matrix journey: referred, screened, triaged, assessed, allocated and booked; and a team activity.
/// </summary>
public static class MatrixSetup
{
    public static async Task<MatrixJourney> ArrangeAsync(HttpClient client, MatrixCast cast)
    {
        ArgumentNullException.ThrowIfNull(cast);
        var clinician = new Staff(cast.Clinician.Subject, "clinician", "north");
        var lead = Staff.Lead("north");
        var journey = await JourneySteps.AllocatedAsync(client, clinician, lead, cast.Keyworker);
        var booked = await journey.OkAsync(
            clinician,
            "appointments",
            new
            {
                purpose = "treatment",
                startsAt = DateTimeOffset.UtcNow.AddDays(2),
                durationMinutes = 50,
                mode = "video",
            }
        );
        var planned = await client.SendAsync(
            lead.Request(
                HttpMethod.Post,
                "/api/team-activities",
                new
                {
                    kind = "reflective-group",
                    team = "Night nursing",
                    startsAt = DateTimeOffset.UtcNow.AddDays(1),
                    durationMinutes = 90,
                    facilitatorId = clinician.Id,
                }
            )
        );
        planned.EnsureSuccessStatusCode();
        var activity = (await planned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var listing = new HttpRequestMessage(HttpMethod.Post, "/api/service-directory")
        {
            Content = JsonContent.Create(
                new
                {
                    kind = "gp",
                    name = "Riverside Surgery",
                    howToRefer = "By phone.",
                }
            ),
        }.SignedAs(TestPrincipal.HubAdmin("north"));
        var listed = await client.SendAsync(listing);
        listed.EnsureSuccessStatusCode();
        var service = (await listed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return new MatrixJourney(
            journey.Id,
            clinician.Id,
            activity,
            booked.GetProperty("appointmentId").GetGuid(),
            service
        );
    }
}
