using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Hubs.Identity.Tests;
using Hubs.Testing.Auth;

namespace Hubs.Benchmarks.Scale;

/// <summary>
/// Identity under a morning's sign-ins, over real HTTP: each account discovers the server, fetches its keys (as a
/// resource server does), signs in through the code flow with PKCE (password, and TOTP for staff), redeems the code
/// and refreshes its tokens twice. A few people at a time. Times are per request, in ms, sorted, by kind.
/// </summary>
internal static class IdentityLoad
{
    public const string Flow = "sign-in flow";
    private const int AtOnce = 4;

    public static async Task<IReadOnlyDictionary<string, double[]>> RunAsync(
        Uri identity,
        IReadOnlyList<BenchAccount> accounts
    )
    {
        var times = new ConcurrentDictionary<string, ConcurrentBag<double>>();
        await Parallel.ForEachAsync(
            accounts,
            new ParallelOptions { MaxDegreeOfParallelism = AtOnce },
            async (account, _) => await SignInAsync(identity, account, times)
        );
        return times.ToDictionary(t => t.Key, t => t.Value.Order().ToArray());
    }

    private static async Task SignInAsync(
        Uri identity,
        BenchAccount account,
        ConcurrentDictionary<string, ConcurrentBag<double>> times
    )
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true };
        using var browser = new HttpClient(handler) { BaseAddress = identity, Timeout = TimeSpan.FromMinutes(2) };
        async Task<T> Timed<T>(string kind, Func<Task<T>> request)
        {
            var clock = Stopwatch.StartNew();
            var result = await request();
            times.GetOrAdd(kind, _ => []).Add(clock.Elapsed.TotalMilliseconds);
            return result;
        }

        await Timed("discovery", () =>
            browser.GetStringAsync(new Uri("/.well-known/openid-configuration", UriKind.Relative))
        );
        await Timed("JWKS", () => browser.GetStringAsync(new Uri("/.well-known/jwks", UriKind.Relative)));
        var flow = Stopwatch.StartNew();
        var pkce = Pkce.New();
        var authorize = CodeFlow.AuthorizeUrl(pkce);
        using var toSignIn = await Timed("authorize", () => browser.GetAsync(new Uri(authorize, UriKind.Relative)));
        var signedIn = await Timed("password form", () =>
            browser.SignInAsync(account.Email, account.Password, authorize)
        );
        if (account.TotpSecret is not null)
        {
            var mfa = signedIn.Headers.Location?.OriginalString
                ?? throw new InvalidOperationException($"No TOTP step for staff: {signedIn.StatusCode}.");
            signedIn = await Timed("TOTP form", () =>
                browser.SubmitAsync(
                    mfa,
                    new Dictionary<string, string> { ["Code"] = TotpCodes.Fresh(account.TotpSecret) }
                )
            );
        }

        var code = CodeFlow.CodeFrom(await browser.FollowAsync(signedIn))
            ?? throw new InvalidOperationException("Signed in, but no code came back to the client.");
        var (status, tokens) = await Timed("code to tokens", () => CodeFlow.RedeemAsync(browser, code, pkce.Verifier));
        times.GetOrAdd(Flow, _ => []).Add(flow.Elapsed.TotalMilliseconds);
        Check(status, tokens);
        for (var i = 0; i < 2; i++)
        {
            (status, tokens) = await Timed("token refresh", () =>
                RefreshAsync(browser, tokens.GetProperty("refresh_token").GetString()!)
            );
            Check(status, tokens);
        }
    }

    private static async Task<(HttpStatusCode, JsonElement)> RefreshAsync(HttpClient browser, string refreshToken)
    {
        using var response = await browser.PostAsync(
            new Uri("/connect/token", UriKind.Relative),
            new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["grant_type"] = "refresh_token",
                    ["client_id"] = CodeFlow.ClientId,
                    ["refresh_token"] = refreshToken,
                }
            )
        );
        return (
            response.StatusCode,
            JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone()
        );
    }

    private static void Check(HttpStatusCode status, JsonElement tokens)
    {
        if (status != HttpStatusCode.OK || !tokens.TryGetProperty("access_token", out _))
        {
            throw new InvalidOperationException($"The token endpoint answered {(int)status}: {tokens}.");
        }
    }
}
