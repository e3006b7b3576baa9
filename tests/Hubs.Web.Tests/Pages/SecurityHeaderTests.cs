using System.Net;
using Hubs.ServiceDefaults.Auth;
using Hubs.Testing.Auth;

namespace Hubs.Web.Tests.Pages;

public sealed class SecurityHeaderTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/refer/expired")]
    [InlineData("/health/live")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/css/site.css")]
    public async Task Pages_api_and_static_files_carry_the_security_headers(string path)
    {
        var response = await web.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task An_api_error_carries_them_too()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/journeys")
        {
            Content = new StringContent("{", System.Text.Encoding.UTF8, "application/json"),
        };
        var response = await web.Client.SendAsync(request.SignedAs(TestPrincipal.Keyworker()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Pages_are_never_cached_and_static_files_may_be()
    {
        var page = await web.Client.GetAsync(new Uri("/", UriKind.Relative));
        var css = await web.Client.GetAsync(new Uri("/css/site.css", UriKind.Relative));

        Assert.True(page.Headers.CacheControl?.NoStore);
        Assert.NotEqual(true, css.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        var response = await web.Client.PostAsync(
            new Uri("/refer/start", UriKind.Relative),
            new FormUrlEncodedContent([])
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        // Own origin only, plus the identity provider as a form target (signing out redirects there).
        var signIn = TestIssuer.Shared.Authority.ToString();
        Assert.Equal(
            SecurityHeaders.ContentSecurityPolicy(new SecurityHeaderOptions(SignInAuthority: signIn)),
            Header(response, "Content-Security-Policy")
        );
        Assert.Contains(
            $"form-action 'self' {signIn.TrimEnd('/')};",
            Header(response, "Content-Security-Policy"),
            StringComparison.Ordinal
        );
        Assert.Contains(
            "frame-ancestors 'none'",
            SecurityHeaders.ContentSecurityPolicy(new SecurityHeaderOptions()),
            StringComparison.Ordinal
        );
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : null;
}
