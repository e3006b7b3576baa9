using Hubs.ServiceDefaults.Auth;

namespace Hubs.Identity.Tests.Operations;

/// <summary>
/// After sign-ins, failures, registrations and token requests, the host's log holds no email address or secret.
/// </summary>
public class LogPrivacyTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    [Fact]
    public async Task The_log_holds_no_email_addresses_passwords_or_verifiers()
    {
        var keyworker = fixture.Account(HubsRoles.Keyworker);
        var browser = fixture.NewBrowser();
        await browser.SignInAsync(keyworker.Email, "a wrong password here");
        await browser.SubmitAsync(
            "/account/register",
            new Dictionary<string, string>
            {
                ["Email"] = "log-check@example.test",
                ["Password"] = "log check passphrase",
            }
        );
        var pkce = Pkce.New();
        var code = CodeFlow.CodeFrom(
            await browser.FollowAsync(
                await browser.SignInAsync(keyworker.Email, keyworker.Password, CodeFlow.AuthorizeUrl(pkce))
            )
        );
        await CodeFlow.RedeemAsync(browser, code!, pkce.Verifier);
        await CodeFlow.RedeemAsync(browser, code!, "wrong-verifier-wrong-verifier-wrong-verifier-1");

        var log = await File.ReadAllTextAsync(fixture.LogFile);

        Assert.NotEmpty(log);
        foreach (
            var secret in new[]
            {
                "@demo.hubs.invalid",
                "log-check@example.test",
                keyworker.Password,
                "log check passphrase",
                pkce.Verifier,
                code!,
            }
        )
        {
            Assert.DoesNotContain(secret, log, StringComparison.Ordinal);
        }
    }
}
