using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace Hubs.Testing.Auth;

/// <summary>
/// A page host's sign-in returns people only to its own pages, and a bad address is no error (issue #15, item 4).
/// Each host's test class names the host and one of its own pages; the checks are the same for every host.
/// </summary>
public abstract class SignInReturnUrlChecks<TEntryPoint>
    where TEntryPoint : class
{
    protected abstract TestHost<TEntryPoint> Host { get; }

    /// <summary>A page of the host, with a query string, as it is sent escaped in <c>returnUrl</c>.</summary>
    protected abstract string OwnPage { get; }

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
        var challenge = await SignInAsync(escaped);

        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.Equal("/", SignInChallenge.ReturnUrl(Host.Services, challenge));
    }

    [Fact]
    public async Task A_page_of_the_site_is_kept()
    {
        var challenge = await SignInAsync(Uri.EscapeDataString(OwnPage));

        Assert.Equal(OwnPage, SignInChallenge.ReturnUrl(Host.Services, challenge));
    }

    private Task<HttpResponseMessage> SignInAsync(string escapedReturnUrl) =>
        Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            .GetAsync("/account/sign-in?returnUrl=" + escapedReturnUrl);
}
