using System.Net;
using System.Net.Http.Headers;
using Hubs.Testing.Auth;
using Hubs.Web.Tests.Clinic;

namespace Hubs.Web.Tests.Errors;

/// <summary>
/// What a request is follows its path alone (ApiRequests): under /api it is an API call, answered in problem details,
/// 401 rather than a redirect to sign-in, its Hub named by X-Hubs-Hub-Id, whatever a browser's Accept header or
/// cookies say; anywhere else it is a page, answered with the page or the error page, its Hub from the cookie. A bearer
/// token is a credential a page also takes: a page asked for with a bad one is 401 (no redirect a machine could not
/// follow), still a page. These are the cases where the host's three rules once differed.
/// </summary>
public sealed class ApiOrPageTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    private const StringComparison Ordinal = StringComparison.Ordinal;

    [Fact]
    public async Task An_api_path_asked_for_by_a_browser_is_answered_as_the_api()
    {
        var anonymous = await SendAsync(
            clinic.As((TestPrincipal?)null).Http,
            "/api/triage?hubId=north",
            "hubs-hub=south"
        );
        var me = clinic.As(TestPrincipal.Person("clinician", ["north", "south"], null)).Http;
        var cookieIgnored = await SendAsync(me, "/api/triage?hubId=north", "hubs-hub=east");
        var headerRefused = await SendAsync(me, "/api/triage?hubId=north", hubHeader: "east");
        var missing = await SendAsync(me, "/api/no-such-thing");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Null(anonymous.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, cookieIgnored.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, headerRefused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        foreach (var problem in new[] { anonymous, headerRefused, missing })
        {
            Assert.Equal("application/problem+json", problem.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task A_page_path_is_answered_as_a_page_whatever_credential_it_carries()
    {
        var badToken = clinic.As((TestPrincipal?)null).Http;
        badToken.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
        var me = clinic.As(TestPrincipal.Person("clinician", ["north", "south"], null)).Http;

        var anonymous = await SendAsync(clinic.As((TestPrincipal?)null).Http, "/clinic/triage");
        var refusedToken = await SendAsync(badToken, "/clinic/triage");
        var headerIgnored = await SendAsync(me, "/clinic/triage", hubHeader: "south");
        var cookieChosen = await SendAsync(me, "/clinic/triage", "hubs-hub=south", hubHeader: "north");
        var missing = await SendAsync(me, "/clinic/no-such-page");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refusedToken.StatusCode);
        Assert.Null(refusedToken.Headers.Location);
        Assert.Contains("Looking at North Resilience Hub", await headerIgnored.Content.ReadAsStringAsync(), Ordinal);
        Assert.Contains("Looking at South Resilience Hub", await cookieChosen.Content.ReadAsStringAsync(), Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        foreach (var page in new[] { refusedToken, headerIgnored, cookieChosen, missing })
        {
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        }
    }

    /// <summary>A GET as a browser sends it (Accept: text/html), with the given cookie and Hub header.</summary>
    private static async Task<HttpResponseMessage> SendAsync(
        HttpClient http,
        string path,
        string? cookie = null,
        string? hubHeader = null
    )
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        if (hubHeader is not null)
        {
            request.Headers.Add("X-Hubs-Hub-Id", hubHeader);
        }

        return await http.SendAsync(request);
    }
}
