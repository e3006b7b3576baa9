using System.Net;
using System.Security.Claims;
using Hubs.Identity.Data;
using Hubs.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Hubs.Identity.Tests.Staff;

/// <summary>TOTP codes are good once, and the keys behind them are not stored in clear (issue #15, item 7).</summary>
public class TotpTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private const string Password = "staff member passphrase";

    private static string CodeAt(string key, long stepsFromNow) =>
        new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow.AddSeconds(30 * stepsFromNow));

    [Fact]
    public async Task The_same_code_is_accepted_once()
    {
        var (email, key) = await NewClinicianAsync();
        var code = CodeAt(key, 0);

        Assert.Equal("/", (await SignInAsync(email, code)).Headers.Location?.OriginalString);
        var replay = await SignInAsync(email, code);

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains(
            "The security code is not correct",
            await replay.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task An_older_code_is_refused_once_a_newer_one_was_used()
    {
        var (email, key) = await NewClinicianAsync();

        Assert.Equal("/", (await SignInAsync(email, CodeAt(key, 1))).Headers.Location?.OriginalString);
        var older = await SignInAsync(email, CodeAt(key, 0));

        Assert.Equal(HttpStatusCode.OK, older.StatusCode);
    }

    [Fact]
    public async Task Authenticator_keys_are_not_stored_in_clear()
    {
        var clinician = fixture.Account(HubsRoles.Clinician);

        var stored = await StoredKeyAsync(clinician.Subject);

        Assert.DoesNotContain(clinician.TotpSecret!, stored, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_key_stored_in_clear_before_keeps_working_and_migrate_seals_it()
    {
        var (email, key) = await NewClinicianAsync();
        var id = await IdOfAsync(email);
        await WithDbAsync(db =>
            db.UserTokens.Where(token => token.UserId == id && token.Name == "AuthenticatorKey")
                .ExecuteUpdateAsync(set => set.SetProperty(token => token.Value, key))
        );

        Assert.Equal("/", (await SignInAsync(email, CodeAt(key, 0))).Headers.Location?.OriginalString);
        await IdentitySchema.ApplyAsync(fixture.Host.Services);

        Assert.DoesNotContain(key, await StoredKeyAsync(id), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("/", (await SignInAsync(email, CodeAt(key, 1))).Headers.Location?.OriginalString);
    }

    private async Task<HttpResponseMessage> SignInAsync(string email, string code)
    {
        var browser = fixture.NewBrowser();
        var toMfa = await browser.SignInAsync(email, Password, "/");
        Assert.StartsWith("/account/mfa", toMfa.Headers.Location!.OriginalString, StringComparison.Ordinal);
        return await browser.SubmitAsync(
            toMfa.Headers.Location.OriginalString,
            new Dictionary<string, string> { ["Code"] = code }
        );
    }

    private async Task<(string Email, string Key)> NewClinicianAsync()
    {
        using var scope = fixture.Host.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubsUser>>();
        var email = $"staff-{Guid.NewGuid():N}@example.test";
        var user = new HubsUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
        };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, HubsRoles.Clinician);
        await users.AddClaimAsync(user, new Claim(HubsClaimTypes.Hub, "north"));
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return (email, (await users.GetAuthenticatorKeyAsync(user))!);
    }

    private Task<string> IdOfAsync(string email) =>
        WithDbAsync(db => db.Users.Where(user => user.Email == email).Select(user => user.Id).SingleAsync());

    private Task<string> StoredKeyAsync(string userId) =>
        WithDbAsync(async db =>
            (
                await db.UserTokens.SingleAsync(token => token.UserId == userId && token.Name == "AuthenticatorKey")
            ).Value!
        );

    private async Task<T> WithDbAsync<T>(Func<IdentityDb, Task<T>> work)
    {
        using var scope = fixture.Host.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<IdentityDb>());
    }
}
