using System.Net;
using Hubs.Testing.Auth;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hubs.Insights.Tests.Accounts;

/// <summary>Insights' sign-in returns people only to its own pages, and a bad address is no error (issue #15, item 4).</summary>
public sealed class SignInReturnUrlTests(InsightsHostFixture fixture) : IClassFixture<InsightsHostFixture>
{
    [Theory]
    [InlineData("/%09/evil.example/")]
    [InlineData("/%0A/evil.example/")]
    [InlineData("/%0D%0ALocation:%20https://evil.example/")]
    [InlineData("/%00/evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/%5Cevil.example/")]
    [InlineData("https://evil.example/")]
    public async Task A_return_url_that_could_leave_the_site_becomes_the_home_page(string escaped)
    {
        var client = fixture.Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var challenge = await client.GetAsync("/account/sign-in?returnUrl=" + escaped);

        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.Equal("/", SignInChallenge.ReturnUrl(fixture.Host.Services, challenge));
    }

    [Fact]
    public async Task A_page_of_the_site_is_kept()
    {
        var client = fixture.Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var challenge = await client.GetAsync("/account/sign-in?returnUrl=%2Fdashboards%2Ftrends%3Fhub%3Dnorth");

        Assert.Equal("/dashboards/trends?hub=north", SignInChallenge.ReturnUrl(fixture.Host.Services, challenge));
    }
}
