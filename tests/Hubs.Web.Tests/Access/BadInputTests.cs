using System.Net;
using Hubs.Web.Tests.Journeys;

namespace Hubs.Web.Tests.Access;

/// <summary>
/// Impossible ids and control characters are the client's mistake: 400/404 problem details, never a 500.
/// </summary>
public sealed class BadInputTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    private readonly Staff _lead = Staff.Lead();

    [Theory]
    [InlineData("triage")]
    [InlineData("assessment")]
    [InlineData("appointments")]
    [InlineData("discharge")]
    [InlineData("screening")]
    [InlineData("withdrawal")]
    public async Task The_all_zeros_journey_id_is_not_found(string action)
    {
        var response = await web.Client.SendAsync(
            _lead.Request(HttpMethod.Post, $"/api/journeys/{Guid.Empty}/{action}", new { reason = "x" }, 1)
        );

        Assert.True(
            response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest or HttpStatusCode.Forbidden,
            $"{(int)response.StatusCode}"
        );
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_nul_in_a_break_glass_reason_is_refused_as_a_bad_field()
    {
        var journey = await JourneyClient.SubmitAsync(web.Client);

        var response = await web.Client.SendAsync(
            Staff
                .Clinician()
                .Request(
                    HttpMethod.Post,
                    $"/api/journeys/{journey.Id}/break-glass",
                    new { reason = "Covering a risk call\u0000 while on leave." }
                )
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("reason", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_control_character_in_a_team_activitys_name_is_refused_as_a_bad_field()
    {
        var response = await web.Client.SendAsync(
            _lead.Request(
                HttpMethod.Post,
                "/api/team-activities",
                new
                {
                    kind = "resilience-workshop",
                    team = "Night\u0000 nursing",
                    startsAt = DateTimeOffset.UtcNow.AddDays(2),
                    durationMinutes = 90,
                    facilitatorId = Guid.NewGuid(),
                }
            )
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("team", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_all_zeros_clinician_id_is_refused_as_a_bad_field()
    {
        var response = await web.Client.SendAsync(
            _lead.Request(
                HttpMethod.Post,
                $"/api/journeys/{Guid.NewGuid()}/allocation",
                new { clinicianId = Guid.Empty },
                1
            )
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
