using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Testing.Auth;
using Hubs.Web.Tests.Clinic;

namespace Hubs.Web.Tests.Workshops;

/// <summary>Workshops scheduled and booked through the API, as staff and keyworkers do it.</summary>
public static class WorkshopArrange
{
    public static object Schedule(DateTimeOffset startsAt, int capacity = 4, string hubId = "north") =>
        new
        {
            title = "Steady under pressure",
            startsAt,
            durationMinutes = 120,
            mode = "video",
            venue = "",
            capacity,
            sectors = new[] { "health", "police" },
            measure = "gad7",
            facilitatorId = ClinicFixture.Clinician(0, hubId).Id,
        };

    public static async Task<Guid> ScheduledAsync(
        HttpClient client,
        Staff staff,
        DateTimeOffset startsAt,
        int capacity = 4
    )
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(staff);
        var response = await client.SendAsync(
            staff.Request(HttpMethod.Post, "/api/workshops", Schedule(startsAt, capacity, staff.HubId))
        );
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> BookAsync(
        HttpClient client,
        TestPrincipal keyworker,
        Guid workshopId,
        string name = "Sam Keyworker",
        string sector = "health"
    )
    {
        ArgumentNullException.ThrowIfNull(client);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/keyworker/workshops/{workshopId}/places")
        {
            Content = JsonContent.Create(new { name, sector }),
        }.SignedAs(keyworker);
        return client.SendAsync(request);
    }

    public static async Task<Guid> BookedAsync(HttpClient client, TestPrincipal keyworker, Guid workshopId)
    {
        var response = await BookAsync(client, keyworker, workshopId);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("placeId").GetGuid();
    }

    public static HttpRequestMessage AsKeyworker(TestPrincipal keyworker, HttpMethod method, string uri, object? body)
    {
        var request = new HttpRequestMessage(method, uri);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return request.SignedAs(keyworker);
    }
}
