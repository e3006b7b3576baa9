using System.Net;
using Hubs.Identity;
using Hubs.Identity.Data;
using Hubs.Identity.Features.Account;
using Hubs.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Identity.Tests.Accounts;

public class SignInTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private async Task<string> NewKeyworkerAsync(string password)
    {
        using var scope = fixture.Host.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubsUser>>();
        var email = $"kw-{Guid.NewGuid():N}@example.test";
        var user = new HubsUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
        };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        await users.AddToRoleAsync(user, HubsRoles.Keyworker);
        return email;
    }

    [Fact]
    public async Task An_unknown_email_and_a_wrong_password_get_the_same_page()
    {
        var email = await NewKeyworkerAsync("correct horse battery");

        var unknown = await fixture
            .NewBrowser()
            .SignInAsync($"nobody-{Guid.NewGuid():N}@example.test", "correct horse battery");
        var wrong = await fixture.NewBrowser().SignInAsync(email, "wrong horse battery");

        Assert.Equal(unknown.StatusCode, wrong.StatusCode);
        var unknownPage = Browser.WithoutToken(await unknown.Content.ReadAsStringAsync());
        var wrongPage = Browser.WithoutToken(await wrong.Content.ReadAsStringAsync());
        Assert.Contains(SignInModel.Refused, wrongPage, StringComparison.Ordinal);
        Assert.Equal(StripEmail(unknownPage), StripEmail(wrongPage));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var email = await NewKeyworkerAsync("correct horse battery");
        var browser = fixture.NewBrowser();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.SignInAsync(email, "wrong horse battery")).StatusCode);
        }

        var locked = await browser.SignInAsync(email, "correct horse battery");

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains(SignInModel.Refused, await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/account/forgot-password")]
    public async Task A_control_character_in_the_email_is_a_form_error(string page)
    {
        var response = await fixture
            .NewBrowser()
            .SubmitAsync(
                page,
                new Dictionary<string, string> { ["Email"] = "a\u0001b@example.test", ["Password"] = "x" }
            );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(
            "Enter an email address in the correct format",
            await response.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Every_page_sends_the_security_headers()
    {
        var response = await fixture.NewBrowser().GetAsync("/account/sign-in");

        Assert.Equal(
            SecurityHeaders.ContentSecurityPolicy(IdentitySecurityHeaders.Options),
            response.Headers.GetValues("Content-Security-Policy").Single()
        );
        Assert.Contains(
            "frame-ancestors 'none'",
            SecurityHeaders.ContentSecurityPolicy(IdentitySecurityHeaders.Options),
            StringComparison.Ordinal
        );
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task A_sign_in_post_without_the_antiforgery_token_is_refused()
    {
        var response = await fixture
            .NewBrowser()
            .PostAsync(
                "/account/sign-in",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "a@b.test", ["Password"] = "x" })
            );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>The page echoes the typed email back into the field; that is the only allowed difference.</summary>
    private static string StripEmail(string page) =>
        System.Text.RegularExpressions.Regex.Replace(page, "value=\"[^\"]*@[^\"]*\"", "value=\"\"");
}
