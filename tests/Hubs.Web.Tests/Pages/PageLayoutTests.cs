using Hubs.Testing.Auth;

namespace Hubs.Web.Tests.Pages;

/// <summary>
/// Which header a page wears, now that a slice folder holds every page of its action whoever acts: the clinician
/// workspace's (its navigation, "Clinician workspace" in the title) on the clinician pages, the keyworker's elsewhere.
/// </summary>
public sealed class PageLayoutTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    private const string Workspace = "aria-label=\"Clinician workspace\"";

    [Theory]
    [InlineData("/clinic")]
    [InlineData("/clinic/triage")]
    [InlineData("/clinic/caseload")]
    [InlineData("/clinic/diary")]
    [InlineData("/clinic/search")]
    [InlineData("/clinic/team")]
    [InlineData("/clinic/hub")]
    [InlineData("/clinic/audit")]
    public async Task A_clinician_page_wears_the_workspace_header(string path)
    {
        var html = await PageAsync(path, TestPrincipal.HubLead());

        Assert.Contains(Workspace, html, StringComparison.Ordinal);
        Assert.Contains("– Clinician workspace –", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/refer/expired")]
    [InlineData("/my")]
    public async Task A_keyworker_page_wears_the_keyworker_header(string path)
    {
        var html = await PageAsync(path, TestPrincipal.Keyworker());

        Assert.DoesNotContain(Workspace, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Clinician workspace", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_missing_in_the_workspace_is_shown_in_the_workspace_header()
    {
        var client = web.Host.CreateClient().As(TestPrincipal.Clinician());

        var response = await client.GetAsync(new Uri($"/clinic/journeys/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(Workspace, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<string> PageAsync(string path, TestPrincipal who)
    {
        var response = await web.Host.CreateClient().As(who).GetAsync(new Uri(path, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
