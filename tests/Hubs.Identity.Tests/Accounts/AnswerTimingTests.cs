using System.Diagnostics;
using System.Net;
using Hubs.Identity.Testing;
using Hubs.ServiceDefaults.Auth;

namespace Hubs.Identity.Tests.Accounts;

/// <summary>
/// Whether an address has an account must not show in how long the answer takes (issue #15, item 5). Over real
/// HTTP to Identity on Kestrel, requests for a registered and an unregistered address alternate, and their
/// median times must be within a factor of 2 of each other (before the fix: about 20).
/// </summary>
public class AnswerTimingTests(LiveIdentityFixture identity) : IClassFixture<LiveIdentityFixture>
{
    private const int Rounds = 11;
    private const double Factor = 2.0;

    private static string Unknown() => $"nobody-{Guid.NewGuid():N}@example.test";

    [Fact]
    public async Task Registering_a_taken_address_takes_as_long_as_a_new_one()
    {
        var taken = identity.Account(HubsRoles.Keyworker).Email;

        await AssertSameTimeAsync(
            "/account/register",
            () => new() { ["Email"] = taken, ["Password"] = "another long passphrase" },
            () => new() { ["Email"] = Unknown(), ["Password"] = "another long passphrase" }
        );
    }

    [Fact]
    public async Task Signing_in_to_a_locked_account_takes_as_long_as_an_unknown_address()
    {
        var locked = identity.Account(HubsRoles.Keyworker, "south").Email;
        using (var browser = NewBrowser())
        {
            var form = await FormAsync(browser, "/account/sign-in");
            for (var attempt = 0; attempt < 5; attempt++)
            {
                await PostAsync(
                    browser,
                    "/account/sign-in",
                    form,
                    new() { ["Email"] = locked, ["Password"] = "wrong horse battery" }
                );
            }
        }

        await AssertSameTimeAsync(
            "/account/sign-in",
            () => new() { ["Email"] = locked, ["Password"] = "wrong horse battery" },
            () => new() { ["Email"] = Unknown(), ["Password"] = "wrong horse battery" }
        );
    }

    [Fact]
    public async Task Asking_for_a_password_reset_takes_as_long_for_an_unknown_address()
    {
        var known = identity.Account(HubsRoles.Keyworker).Email;

        await AssertSameTimeAsync(
            "/account/forgot-password",
            () => new() { ["Email"] = known },
            () => new() { ["Email"] = Unknown() }
        );
    }

    private async Task AssertSameTimeAsync(
        string path,
        Func<Dictionary<string, string>> registered,
        Func<Dictionary<string, string>> unregistered
    )
    {
        using var browser = NewBrowser();
        var token = await FormAsync(browser, path);
        var (first, second) = (new List<double>(), new List<double>());
        await PostAsync(browser, path, token, registered());
        await PostAsync(browser, path, token, unregistered());
        for (var round = 0; round < Rounds; round++)
        {
            first.Add(await PostAsync(browser, path, token, registered()));
            second.Add(await PostAsync(browser, path, token, unregistered()));
        }

        var (a, b) = (Median(first), Median(second));
        Assert.True(
            Math.Max(a, b) <= Factor * Math.Min(a, b),
            $"{path}: median {a:F1} ms for a registered address, {b:F1} ms for an unregistered one"
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

    private static async Task<string> FormAsync(HttpClient browser, string path) =>
        Browser.AntiforgeryToken(await browser.GetStringAsync(path));

    private static async Task<double> PostAsync(
        HttpClient browser,
        string path,
        string token,
        Dictionary<string, string> fields
    )
    {
        fields["__RequestVerificationToken"] = token;
        using var content = new FormUrlEncodedContent(fields);
        var clock = Stopwatch.StartNew();
        using var response = await browser.PostAsync(path, content);
        await response.Content.ReadAsByteArrayAsync();
        Assert.True(
            response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect,
            $"{path}: {response.StatusCode}"
        );
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
