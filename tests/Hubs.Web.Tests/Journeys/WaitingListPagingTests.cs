using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hubs.Web.Tests.Journeys;

/// <summary>
/// Issue 22: the waiting list API pages on request (<c>page</c>, <c>pageSize</c>), longest wait first, with the whole
/// list's length in <c>X-Total-Count</c> and the next page in a <c>Link</c> header; without them it is the whole list,
/// as before. A page or size that is not one is a problem (400), not a 500.
/// </summary>
public sealed class WaitingListPagingTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task A_page_of_the_waiting_list_holds_its_rows_the_whole_count_and_a_link_to_the_next()
    {
        var (clinician, lead) = (Staff.Clinician(), Staff.Lead());
        var waiting = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var journey = await JourneyClient.SubmitAsync(web.Client);
            await journey.OkAsync(clinician, "triage", new { outcome = "assess", reason = "Fits." });
            waiting.Add(journey.Id);
        }

        var first = await GetAsync(lead, "/api/waiting-list?hubId=north&page=1&pageSize=2");
        var last = await GetAsync(lead, "/api/waiting-list?hubId=north&page=3&pageSize=2");
        var whole = await GetAsync(lead, "/api/waiting-list?hubId=north");

        Assert.Equal(waiting.Take(2), first.Rows);
        Assert.Equal("5", first.Total);
        Assert.Equal("</api/waiting-list?hubId=north&page=2&pageSize=2>; rel=\"next\"", first.Link);
        Assert.Equal(waiting.Skip(4), last.Rows);
        Assert.Equal("5", last.Total);
        Assert.Null(last.Link);
        Assert.Equal(waiting, whole.Rows);
        Assert.Equal("5", whole.Total);
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("page=-1")]
    [InlineData("page=two")]
    [InlineData("page=1&pageSize=0")]
    [InlineData("page=1&pageSize=501")]
    [InlineData("pageSize=abc")]
    public async Task A_page_or_size_that_is_not_one_is_a_problem_not_a_failure(string query)
    {
        var request = Staff.Lead().Request(HttpMethod.Get, $"/api/waiting-list?hubId=north&{query}");

        var response = await web.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<(List<Guid> Rows, string? Total, string? Link)> GetAsync(Staff staff, string uri)
    {
        var response = await web.Client.SendAsync(staff.Request(HttpMethod.Get, uri));
        response.EnsureSuccessStatusCode();
        var rows = (await response.Content.ReadFromJsonAsync<JsonElement>())
            .EnumerateArray()
            .Select(e => e.GetProperty("journeyId").GetGuid())
            .ToList();
        return (rows, Header(response, "X-Total-Count"), Header(response, "Link"));
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
}
