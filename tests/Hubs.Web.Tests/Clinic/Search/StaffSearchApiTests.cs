using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hubs.Web.Features.Journeys.Searching;

namespace Hubs.Web.Tests.Clinic.Search;

/// <summary>
/// A name more than <see cref="StaffSearch.Shown"/> people share, over HTTP: the page and <c>POST /api/search</c> list
/// the same first people in the same order and both say that more match; bad API input is a problem, never a 500.
/// </summary>
public sealed partial class StaffSearchApiTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    [Fact]
    public async Task The_page_and_the_api_show_the_same_first_people_and_say_that_more_match()
    {
        var u = SearchPeople.Unique();
        for (var i = 0; i <= StaffSearch.Shown; i++)
        {
            await SearchPeople.ReferAsync(clinic.App.Services, "north", $"Alex {u}", $"alex{i}.{u}@example.org");
        }

        var me = clinic.As(ClinicFixture.Clinician());
        var page = await me.SubmitAsync("/clinic/search", new Dictionary<string, string> { ["Q"] = $"alex {u}" });
        Assert.Contains($"More than {StaffSearch.Shown} people match", page.Html, StringComparison.Ordinal);
        var listed = Rows().Matches(page.Html).Select(m => Guid.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(StaffSearch.Shown, listed.Count);

        using var response = await me.Http.PostAsJsonAsync(
            new Uri("/api/search", UriKind.Relative),
            new { text = $"alex {u}" }
        );
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(answer.RootElement.GetProperty("more").GetBoolean());
        Assert.Equal(StaffSearch.Shown, answer.RootElement.GetProperty("shown").GetInt32());
        Assert.Equal(
            listed,
            answer.RootElement.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("journeyId").GetGuid())
        );
    }

    [Fact]
    public async Task An_empty_malformed_or_impossible_api_search_is_a_problem_never_a_500()
    {
        var me = clinic.As(ClinicFixture.Clinician());
        (string Body, string? Field)[] cases =
        [
            ("{}", "text"),
            ("null", "text"),
            ("", "text"),
            ("{\"text\": \"   \"}", "text"),
            ("{\"text\": \"jo\"}", "text"),
            ("{\"text\": \"sam\\u0007\"}", "text"),
            ($"{{\"text\": \"{new string('x', 10_000)}\"}}", "text"),
            ("{\"dateOfBirth\": \"15/03/1984\"}", "dateOfBirth"),
            ("{\"dateOfBirth\": \"1984-02-31\"}", "dateOfBirth"),
            ("{\"dateOfBirth\": \"9999-01-01\"}", "dateOfBirth"),
            ("{\"text\": 12}", null),
            ("{\"text\": \"sam", null),
        ];
        foreach (var (body, field) in cases)
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await me.Http.PostAsync(new Uri("/api/search", UriKind.Relative), content);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{body}: {(int)response.StatusCode} {text}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            if (field is not null)
            {
                using var problem = JsonDocument.Parse(text);
                Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), $"{body}: {text}");
            }
        }
    }

    [GeneratedRegex("data-journey=\"([0-9a-f-]{36})\"")]
    private static partial Regex Rows();
}
