using System.Net;
using System.Text.RegularExpressions;
using Hubs.Identity.Data;
using Hubs.ServiceDefaults.Auth;
using Hubs.Testing.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Identity.Tests.Staff;

public class StaffMfaTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private static string Totp(string secret) => TotpCodes.Fresh(secret);

    [Fact]
    public async Task A_clinician_with_password_and_TOTP_gets_a_token_with_role_hub_and_subject_only()
    {
        var clinician = fixture.Account(HubsRoles.Clinician, "south");
        var browser = fixture.NewBrowser();
        var pkce = Pkce.New();
        var authorize = CodeFlow.AuthorizeUrl(pkce);

        var toMfa = await browser.SignInAsync(clinician.Email, clinician.Password, authorize);
        Assert.StartsWith("/account/mfa", toMfa.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var afterCode = await browser.FollowAsync(
            await browser.SubmitAsync(
                toMfa.Headers.Location.OriginalString,
                new Dictionary<string, string> { ["Code"] = Totp(clinician.TotpSecret!) }
            )
        );
        var (status, body) = await CodeFlow.RedeemAsync(browser, CodeFlow.CodeFrom(afterCode)!, pkce.Verifier);

        Assert.Equal(HttpStatusCode.OK, status);
        var access = Jwt.Payload(body.GetProperty("access_token").GetString()!);
        Assert.Equal(clinician.Subject, access.GetProperty("sub").GetString());
        Assert.Equal([HubsRoles.Clinician], Jwt.Values(access, "role"));
        Assert.Equal(["south"], Jwt.Values(access, "hub"));
        Assert.DoesNotContain("@", access.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_who_stop_after_the_password_get_no_code()
    {
        var lead = fixture.Account(HubsRoles.HubLead);
        var browser = fixture.NewBrowser();
        var authorize = CodeFlow.AuthorizeUrl(Pkce.New());
        await browser.SignInAsync(lead.Email, lead.Password, authorize);

        var response = await browser.GetAsync(authorize);

        Assert.Null(CodeFlow.CodeFrom(response));
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_without_an_authenticator_must_enrol_before_a_code_is_issued()
    {
        var (email, password) = await NewStaffWithoutMfaAsync();
        var browser = fixture.NewBrowser();
        var pkce = Pkce.New();
        var authorize = CodeFlow.AuthorizeUrl(pkce);

        var signedIn = await browser.SignInAsync(email, password, authorize);
        Assert.StartsWith("/account/mfa-setup", signedIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var direct = await browser.GetAsync(authorize);
        Assert.Null(CodeFlow.CodeFrom(direct));
        Assert.StartsWith("/account/mfa-setup", direct.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var setupUrl = signedIn.Headers.Location.OriginalString;
        var page = await browser.GetStringAsync(setupUrl);
        Assert.Contains("data:image/png;base64,", page, StringComparison.Ordinal);
        var key = Regex.Match(page, "Key: <code>([A-Z2-7]+)</code>").Groups[1].Value;
        var enrolled = await browser.SubmitAsync(setupUrl, new Dictionary<string, string> { ["Code"] = Totp(key) });
        Assert.Contains(
            "Save your recovery codes",
            await enrolled.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );

        var code = CodeFlow.CodeFrom(await browser.GetAsync(authorize));
        Assert.Equal(HttpStatusCode.OK, (await CodeFlow.RedeemAsync(browser, code!, pkce.Verifier)).Status);
    }

    private async Task<(string Email, string Password)> NewStaffWithoutMfaAsync()
    {
        using var scope = fixture.Host.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubsUser>>();
        var email = $"staff-{Guid.NewGuid():N}@example.test";
        const string password = "staff member passphrase";
        var user = new HubsUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
        };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        await users.AddToRoleAsync(user, HubsRoles.Commissioner);
        return (email, password);
    }
}
