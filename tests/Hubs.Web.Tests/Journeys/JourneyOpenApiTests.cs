using System.Net.Http.Json;
using System.Text.Json;

namespace Hubs.Web.Tests.Journeys;

/// <summary>The published OpenAPI document describes the journey API, including its problem answers.</summary>
public class JourneyOpenApiTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task Every_journey_command_documents_its_version_conflict_and_rule_refusal()
    {
        var paths = (await web.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("paths");

        Assert.True(
            paths.GetProperty("/api/journeys").GetProperty("post").GetProperty("responses").TryGetProperty("201", out _)
        );
        foreach (
            var command in new[]
            {
                "screening",
                "screening/answers",
                "triage",
                "assessment",
                "allocation",
                "appointments",
                "sessions",
                "discharge",
                "withdrawal",
            }
        )
        {
            var responses = paths
                .GetProperty($"/api/journeys/{{id}}/{command}")
                .GetProperty("post")
                .GetProperty("responses");
            Assert.True(responses.TryGetProperty("409", out _) && responses.TryGetProperty("422", out _), command);
        }

        foreach (
            var read in new[]
            {
                "/api/journeys/{id}",
                "/api/journeys/{id}/measures",
                "/api/journeys/{id}/audit",
                "/api/triage",
                "/api/caseload",
                "/api/waiting-list",
                "/api/team-activities",
            }
        )
        {
            Assert.True(
                paths.GetProperty(read).GetProperty("get").GetProperty("responses").TryGetProperty("200", out _),
                read
            );
        }
    }
}
