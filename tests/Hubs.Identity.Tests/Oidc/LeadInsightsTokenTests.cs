using System.Net;
using System.Net.Http.Headers;
using Hubs.ServiceDefaults.Auth;
using Hubs.Testing.Auth;

namespace Hubs.Identity.Tests.Oidc;

/// <summary>
/// A Hub lead signs in on the real OpenIddict server (password and TOTP), is given an Insights token and reads
/// their own Hub's quarterly report on the real Insights host with it; another Hub's report is not there for them
/// and the commissioners' dashboards are refused; a clinician's Insights token opens neither.
/// </summary>
public sealed class LeadInsightsTokenTests(IdentityAndInsightsFixture system)
    : IClassFixture<IdentityAndInsightsFixture>
{
    private const string Report = "/reports/quarterly?quarter=2026-Q3";

    [Fact]
    public async Task A_Hub_lead_reads_their_own_Hubs_report_and_no_other_with_a_token_from_Identity()
    {
        var token = await InsightsTokenAsync(HubsRoles.HubLead);

        Assert.Equal(HttpStatusCode.OK, await GetAsync($"{Report}&hub=north", token));
        Assert.Equal(HttpStatusCode.OK, await GetAsync(Report, token));
        Assert.Equal(HttpStatusCode.NotFound, await GetAsync($"{Report}&hub=south", token));
        Assert.Equal(HttpStatusCode.Forbidden, await GetAsync("/dashboards", token));
    }

    [Fact]
    public async Task A_clinicians_Insights_token_opens_no_report()
    {
        var token = await InsightsTokenAsync(HubsRoles.Clinician);

        Assert.Equal(HttpStatusCode.Forbidden, await GetAsync($"{Report}&hub=north", token));
        Assert.Equal(HttpStatusCode.Forbidden, await GetAsync(Report, token));
    }

    /// <summary>Password, TOTP, then the code flow for the Insights scope, as the command-line client runs.</summary>
    private async Task<string> InsightsTokenAsync(string role)
    {
        var person = system.Identity.Account(role);
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = system.Identity.BaseUrl,
        };
        var toMfa = await browser.SignInAsync(person.Email, person.Password);
        await browser.SubmitAsync(
            toMfa.Headers.Location!.OriginalString,
            new Dictionary<string, string> { ["Code"] = TotpCodes.Fresh(person.TotpSecret!) }
        );
        var pkce = Pkce.New();
        var code = CodeFlow.CodeFrom(
            await browser.GetAsync(CodeFlow.AuthorizeUrl(pkce, $"openid {HubsScopes.Insights}"))
        );
        var (status, tokens) = await CodeFlow.RedeemAsync(browser, code!, pkce.Verifier);
        Assert.Equal(HttpStatusCode.OK, status);
        return tokens.GetProperty("access_token").GetString()!;
    }

    private async Task<HttpStatusCode> GetAsync(string path, string token)
    {
        using var insights = system.Insights.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await insights.SendAsync(request)).StatusCode;
    }
}
