using System.Diagnostics;
using System.Net;
using Hubs.ServiceDefaults.Auth;
using Hubs.Testing;

namespace Hubs.Identity.Tests.Email;

/// <summary>
/// Whether an address has an account must not show in how long a reset takes, even with a relay that takes seconds
/// per message (issue #15, item 5): medians within 2×, as <see cref="Accounts.AnswerTimingTests"/> (before the outbox:
/// about 2,100 ms against 9 ms).
/// </summary>
public class PasswordResetTimingTests(SlowRelayIdentityFixture identity) : IClassFixture<SlowRelayIdentityFixture>
{
    private const int Rounds = 15;

    private string Known =>
        identity
            .Demo.Accounts.Single(account => account.Email == $"{HubsRoles.Keyworker}.north@demo.hubs.invalid")
            .Email;

    [Fact]
    public async Task Asking_for_a_reset_takes_as_long_for_an_unknown_address_with_a_slow_relay()
    {
        using var browser = NewBrowser();
        var token = await FormAsync(browser);
        var (known, unknown) = (new List<double>(), new List<double>());
        await PostAsync(browser, token, Known);
        await PostAsync(browser, token, Unknown());
        for (var round = 0; round < Rounds; round++)
        {
            known.Add(await PostAsync(browser, token, Known));
            unknown.Add(await PostAsync(browser, token, Unknown()));
        }

        var (a, b) = (Median(known), Median(unknown));
        Assert.True(
            Math.Max(a, b) <= 2.0 * Math.Min(a, b),
            $"median {a:F1} ms for a registered address, {b:F1} ms for an unregistered one"
        );
    }

    private static string Unknown() => $"nobody-{Guid.NewGuid():N}@example.test";

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

    private static async Task<string> FormAsync(HttpClient browser) =>
        Browser.AntiforgeryToken(await browser.GetStringAsync("/account/forgot-password"));

    private static async Task<double> PostAsync(HttpClient browser, string token, string email)
    {
        using var content = new FormUrlEncodedContent(
            new Dictionary<string, string> { ["Email"] = email, ["__RequestVerificationToken"] = token }
        );
        // The sender's work for the previous request (looking the address up) settles first: on two shared cores it
        // would otherwise land on whichever request comes next, which says nothing about the address asked for.
        await Task.Delay(100);
        var clock = Stopwatch.StartNew();
        using var response = await browser.PostAsync("/account/forgot-password", content);
        await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
