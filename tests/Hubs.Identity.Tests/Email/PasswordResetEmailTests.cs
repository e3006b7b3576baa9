using System.Diagnostics;
using System.Net;
using Hubs.ServiceDefaults.Auth;
using Hubs.Testing;

namespace Hubs.Identity.Tests.Email;

/// <summary>
/// A password reset never waits on the mail relay (issue #15, item 5): the email goes through an outbox that a
/// background sender empties, so the page answers at once and the email still arrives over SMTP
/// (<see cref="PasswordResetTimingTests"/> compares the answers' times).
/// </summary>
public class PasswordResetEmailTests(SlowRelayIdentityFixture identity) : IClassFixture<SlowRelayIdentityFixture>
{
    [Fact]
    public async Task The_reset_email_reaches_the_relay_after_the_page_has_answered()
    {
        var email = identity
            .Demo.Accounts.Single(account => account.Email == $"{HubsRoles.Keyworker}.south@demo.hubs.invalid")
            .Email;
        using var browser = NewBrowser();

        var token = Browser.AntiforgeryToken(await browser.GetStringAsync("/account/forgot-password"));

        var clock = Stopwatch.StartNew();
        await PostAsync(browser, token, email);
        // The relay takes 2.1 s per message (7 replies × 300 ms).
        Assert.True(
            clock.Elapsed < TimeSpan.FromSeconds(1.5),
            $"the page took {clock.Elapsed.TotalMilliseconds:F0} ms"
        );

        await Poll.UntilAsync(
            () =>
                identity.Relay.Messages.Any(message =>
                    message.Contains(email, StringComparison.Ordinal)
                    && message.Contains("Reset your password", StringComparison.Ordinal)
                ),
            "the reset email at the relay",
            TimeSpan.FromSeconds(30)
        );
    }

    private HttpClient NewBrowser() =>
        new(
            new HttpClientHandler
            {
                AllowAutoRedirect = false,
                UseCookies = true,
                CookieContainer = new CookieContainer(),
            }
        )
        {
            BaseAddress = identity.BaseUrl,
        };

    private static async Task PostAsync(HttpClient browser, string token, string email)
    {
        using var content = new FormUrlEncodedContent(
            new Dictionary<string, string> { ["Email"] = email, ["__RequestVerificationToken"] = token }
        );
        using var response = await browser.PostAsync("/account/forgot-password", content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
