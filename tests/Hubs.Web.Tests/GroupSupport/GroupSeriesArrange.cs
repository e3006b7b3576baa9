using System.Net.Http.Json;
using System.Text.Json;

namespace Hubs.Web.Tests.GroupSupport;

/// <summary>Arranges group series through the staff API: a series, and a meeting scheduled on it.</summary>
public static class GroupSeriesArrange
{
    public static object Series(string facilitatorKind = "external-intervisor", Guid? facilitatorId = null) =>
        new
        {
            kind = "clinical-cafe",
            department = "Intensive care",
            sector = "health",
            cadence = "monthly",
            durationMinutes = 60,
            facilitatorKind,
            facilitatorId,
            externalRole = facilitatorKind == "external-intervisor" ? "Balint group leader" : null,
            professionMix = "mixed",
            departmentMix = "same",
            minSize = 3,
            maxSize = 8,
        };

    public static async Task<Guid> StartAsync(HttpClient client, Staff staff, object? series = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(staff);
        using var response = await client.SendAsync(
            staff.Request(HttpMethod.Post, "/api/group-series", series ?? Series())
        );
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Schedules a meeting at <paramref name="startsAt"/> on a series at <paramref name="version"/>.</summary>
    public static async Task<Guid> ScheduleAsync(
        HttpClient client,
        Staff staff,
        Guid series,
        DateTimeOffset startsAt,
        long version
    )
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(staff);
        using var response = await client.SendAsync(
            staff.Request(HttpMethod.Post, $"/api/group-series/{series}/meetings", new { startsAt }, version)
        );
        response.EnsureSuccessStatusCode();
        using var read = await client.SendAsync(staff.Request(HttpMethod.Get, $"/api/group-series/{series}"));
        var body = await read.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("series").GetProperty("meetings").EnumerateArray().Last().GetProperty("id").GetGuid();
    }
}
