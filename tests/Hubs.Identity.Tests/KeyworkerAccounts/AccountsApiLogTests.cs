using System.Net;
using Hubs.ServiceDefaults.Auth;

namespace Hubs.Identity.Tests.KeyworkerAccounts;

/// <summary>
/// Creating, reusing and refusing accounts through the API leaves no address or password in the host's log.
/// </summary>
public class AccountsApiLogTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private static string Marker(string prefix) => prefix + Guid.NewGuid().ToString("N")[..12];

    [Fact]
    public async Task The_log_holds_neither_the_email_nor_the_password()
    {
        var emailMarker = Marker("MK");
        var passwordMarker = Marker("PW");
        var email = $"{emailMarker}@example.test";
        var password = $"passphrase {passwordMarker} one";
        var client = fixture.NewBrowser();
        var token = await AccountsApi.TokenAsync(
            client,
            "hubs-web",
            fixture.Client("hubs-web").ClientSecret!,
            HubsScopes.AccountsRegister
        );

        var statuses = new List<HttpStatusCode>();
        foreach (
            var body in new object[]
            {
                new { email, password },
                new { email, password },
                new { email, password = $"wrong {passwordMarker} guess" },
                new { email, password = passwordMarker[..8] },
                new { email = emailMarker, password },
                new { email = fixture.Account(HubsRoles.Clinician).Email, password = $"staff {passwordMarker} guess" },
            }
        )
        {
            statuses.Add((await AccountsApi.PostAsync(client, token, body)).StatusCode);
        }

        Assert.Equal(
            [
                HttpStatusCode.OK,
                HttpStatusCode.OK,
                HttpStatusCode.OK,
                HttpStatusCode.BadRequest,
                HttpStatusCode.BadRequest,
                HttpStatusCode.OK,
            ],
            statuses
        );
        var log = await File.ReadAllTextAsync(fixture.LogFile);
        Assert.Contains("created for a referral", log, StringComparison.Ordinal);
        foreach (var secret in new[] { emailMarker, passwordMarker, "@example.test", "@demo.hubs.invalid" })
        {
            Assert.DoesNotContain(secret, log, StringComparison.OrdinalIgnoreCase);
        }
    }
}
