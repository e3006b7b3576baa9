using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Web.Features.Clinicians;

namespace Hubs.Web.Tests.AdverseEvents;

/// <summary>
/// Arranges peer support through the lead's API: a peer supporter on the register (supervised by the Hub's
/// first seeded clinician) and an adverse event assigned to them. Needs the seeded clinician directory.
/// </summary>
public static class PeerSupportArrange
{
    public static async Task<Guid> RegisterAsync(HttpClient client, Staff lead, Guid accountId, string name = "Jo Peer")
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(lead);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return await CreatedAsync(
            client,
            lead.Request(
                HttpMethod.Post,
                "/api/peer-supporters",
                new
                {
                    accountId,
                    name,
                    supervisorId = ClinicianSeed.IdFor(lead.HubId, 0),
                    trainedOn = today.AddMonths(-3),
                    refresherDue = today.AddMonths(9),
                }
            )
        );
    }

    public static async Task<Guid> LogAsync(HttpClient client, Staff lead, string department = "Emergency department")
    {
        ArgumentNullException.ThrowIfNull(lead);
        return await CreatedAsync(
            client,
            lead.Request(
                HttpMethod.Post,
                "/api/adverse-events",
                new
                {
                    department,
                    occurredOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1),
                    staffInvolved = 3,
                }
            )
        );
    }

    /// <summary>
    /// An event of the lead's Hub, assigned to a new register entry for <paramref name="accountId"/>.
    /// </summary>
    public static async Task<Guid> AssignedEventAsync(HttpClient client, Staff lead, Guid accountId) =>
        await EventAssignedToAsync(client, lead, await RegisterAsync(client, lead, accountId));

    /// <summary>An event of the lead's Hub, assigned to the register entry <paramref name="supporter"/>.</summary>
    public static async Task<Guid> EventAssignedToAsync(HttpClient client, Staff lead, Guid supporter)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(lead);
        var adverse = await LogAsync(client, lead);
        var assigned = await client.SendAsync(
            lead.Request(
                HttpMethod.Post,
                $"/api/adverse-events/{adverse}/assignment",
                new { peerSupporterId = supporter },
                version: 1
            )
        );
        assigned.EnsureSuccessStatusCode();
        return adverse;
    }

    private static async Task<Guid> CreatedAsync(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
