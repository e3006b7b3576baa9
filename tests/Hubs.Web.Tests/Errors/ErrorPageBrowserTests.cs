using System.Net;
using System.Net.Http.Headers;
using Hubs.Testing.Auth;
using Hubs.Testing.Browser;
using Hubs.Web.Tests.Clinic;
using Hubs.Web.Tests.Pages;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.Errors;

/// <summary>
/// A page that is not there is an HTML page in the host's layout (crisis contacts on keyworker pages, the
/// workspace's navigation and sign-out on clinician pages); an API error is problem details whatever it accepts.
/// </summary>
public sealed class ErrorPageBrowserTests(ClinicBrowserFixture web) : IClassFixture<ClinicBrowserFixture>
{
    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/screening/6f1c1a52-8c44-4f38-9d7e-3b1bb1d0c001")]
    public async Task A_keyworker_page_that_is_not_there_is_a_page_with_crisis_contacts(string path)
    {
        await using var browser = await web.Chromium.OpenAsync(web.Origin);
        var response = await browser.Page.GotoAsync(path);

        Assert.Equal(404, response!.Status);
        Assert.StartsWith("text/html", response.Headers["content-type"], StringComparison.Ordinal);
        await Assertions
            .Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Name = "Page not found", Level = 1 }))
            .ToBeVisibleAsync();
        await PageChecks.CheckAsync(browser, "error-404-keyworker");
    }

    [Fact]
    public async Task A_clinic_page_that_is_not_there_keeps_the_workspace_and_its_sign_out()
    {
        await using var browser = await web.OpenAsAsync(ClinicFixture.Clinician().Principal);
        var response = await browser.Page.GotoAsync($"/clinic/journeys/{Guid.NewGuid()}");

        Assert.Equal(404, response!.Status);
        await Assertions
            .Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Name = "Page not found", Level = 1 }))
            .ToBeVisibleAsync();
        await Assertions
            .Expect(browser.Page.GetByRole(AriaRole.Link, new() { Name = "Triage queue" }))
            .ToBeVisibleAsync();
        await Assertions
            .Expect(browser.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }))
            .ToBeVisibleAsync();
        await browser.AssertNoViolationsAsync();
        await browser.SaveScreenshotAsync("error-404-clinic");
    }

    [Theory]
    [InlineData("/api/journeys/6f1c1a52-8c44-4f38-9d7e-3b1bb1d0c003", "text/csv", false, HttpStatusCode.Unauthorized)]
    [InlineData("/api/journeys/6f1c1a52-8c44-4f38-9d7e-3b1bb1d0c003", "text/csv", true, HttpStatusCode.NotFound)]
    [InlineData("/api/no-such-endpoint", "text/html", false, HttpStatusCode.NotFound)]
    public async Task An_api_error_is_problem_details_whatever_the_client_accepts(
        string path,
        string accept,
        bool signedIn,
        HttpStatusCode expected
    )
    {
        using var client = new HttpClient { BaseAddress = web.Origin };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        if (signedIn)
        {
            request.SignedAs(ClinicFixture.Clinician().Principal);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        if (expected != HttpStatusCode.OK)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal((int)expected, body.RootElement.GetProperty("status").GetInt32());
        }
    }
}
