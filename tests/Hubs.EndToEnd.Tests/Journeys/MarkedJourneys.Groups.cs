using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Web.Testing;

namespace Hubs.EndToEnd.Tests.Journeys;

public sealed partial class MarkedJourneys
{
    /// <summary>
    /// A clinical café (issue 21) whose department carries a letters-only form of the marker: a meeting scheduled,
    /// held with <paramref name="attendance"/> and one member named with consent (the marker in the name), its rating
    /// opened and answered once. 5 writes, 3 milestones (scheduled, held, rated).
    /// </summary>
    public async Task GroupMeetingAsync(string marker, int attendance, string hubId = "north")
    {
        var lead = Staff.Lead(hubId);
        var started = await http.SendAsync(
            lead.Request(
                HttpMethod.Post,
                "/api/group-series",
                new
                {
                    kind = "clinical-cafe",
                    department = LettersOnly(marker),
                    sector = "police",
                    cadence = "monthly",
                    durationMinutes = 60,
                    facilitatorKind = "external-intervisor",
                    externalRole = "Balint group leader",
                    professionMix = "mixed",
                    departmentMix = "same",
                    minSize = 2,
                    maxSize = 10,
                }
            )
        );
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Ids.Add(id.ToString());
        await CountAsync(false);
        var series = $"/api/group-series/{id}";
        var startsAt = clock.GetUtcNow().AddHours(-1);
        await SendOkAsync(lead.Request(HttpMethod.Post, $"{series}/meetings", new { startsAt }, version: 1));
        await CountAsync(true);
        var meeting = (await SendOkAsync(lead.Request(HttpMethod.Get, series)))
            .GetProperty("series")
            .GetProperty("meetings")[0]
            .GetProperty("id")
            .GetGuid();
        Ids.Add(meeting.ToString());
        var named = new
        {
            attendanceCount = attendance,
            namedWithConsent = new[] { $"Named{marker}" },
            everyoneNamedConsented = true,
        };
        await SendOkAsync(lead.Request(HttpMethod.Post, $"{series}/meetings/{meeting}/held", named, version: 2));
        await CountAsync(true);
        var rating = $"{series}/meetings/{meeting}/rating";
        var opened = await SendOkAsync(lead.Request(HttpMethod.Post, rating, new { }, version: 3));
        await CountAsync(false);
        var code = opened.GetProperty("code").GetString();
        var rated = await new PageClient(http).SubmitAsync(
            $"/rate/{code}",
            new Dictionary<string, string> { ["Value"] = "Quite", ["Safe"] = "Partly" }
        );
        Assert.Contains("Thank you.", rated.Html, StringComparison.Ordinal);
        await CountAsync(true);
    }

    /// <summary>A department label may hold no long number: the marker's digits as letters.</summary>
    public static string LettersOnly(string marker) =>
        new([.. (marker ?? "").Select(c => char.IsDigit(c) ? (char)('g' + (c - '0')) : c)]);

    private async Task<JsonElement> SendOkAsync(HttpRequestMessage request)
    {
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
