using System.Net;
using System.Text.Json;
using Hubs.Identity.Data;
using Hubs.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Identity;

namespace Hubs.Identity.Tests.KeyworkerAccounts;

/// <summary>
/// A referral whose email address already has an account: its id only for its password, else its owner is told.
/// </summary>
public class ExistingAccountTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private const string Told = "A referral to the Hub used your email address";

    private async Task<string?> RegisterAsync(string email, string password)
    {
        var client = fixture.NewBrowser();
        var token = await AccountsApi.TokenAsync(
            client,
            "hubs-web",
            fixture.Client("hubs-web").ClientSecret!,
            HubsScopes.AccountsRegister
        );
        var response = await AccountsApi.PostAsync(client, token, new { email, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var subject = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("subject");
        return subject.ValueKind == JsonValueKind.Null ? null : subject.GetString();
    }

    private Task<T> ReadAsync<T>(string email, Func<UserManager<HubsUser>, HubsUser, Task<T>> read) =>
        AccountsApi.WithUsersAsync(fixture.Host.Services, async users =>
            await read(users, (await users.FindByEmailAsync(email))!)
        );

    [Fact]
    public async Task A_wrong_password_gives_no_account_counts_as_a_failure_and_tells_the_owner()
    {
        var email = $"kw-{Guid.NewGuid():N}@example.test";
        Assert.NotNull(await RegisterAsync(email, "owner's own passphrase"));

        Assert.Null(await RegisterAsync(email, "someone else's passphrase"));

        Assert.Equal(1, await ReadAsync(email, (users, user) => users.GetAccessFailedCountAsync(user)));
        var told = await Mailbox.WaitForAsync(fixture.Mailbox, email, Told);
        Assert.Contains("If it was not you, you need do nothing.", told.TextBody, StringComparison.Ordinal);
        Assert.Contains("/account/forgot-password", told.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("someone else's passphrase", told.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var email = $"kw-{Guid.NewGuid():N}@example.test";
        const string password = "the right passphrase";
        Assert.NotNull(await RegisterAsync(email, password));
        for (var attempt = 0; attempt < 5; attempt++)
        {
            Assert.Null(await RegisterAsync(email, $"guess number {attempt} passphrase"));
        }

        Assert.Null(await RegisterAsync(email, password));
        Assert.True(await ReadAsync(email, (users, user) => users.IsLockedOutAsync(user)));
    }

    [Fact]
    public async Task A_staff_email_gives_no_account_even_with_its_password_and_the_staff_account_is_unchanged()
    {
        var clinician = fixture.Account(HubsRoles.Clinician);
        var before = await ReadAsync(clinician.Email, async (users, user) =>
            (string.Join(',', await users.GetRolesAsync(user)), user.AccessFailedCount, user.SecurityStamp)
        );

        Assert.Null(await RegisterAsync(clinician.Email, clinician.Password));
        Assert.Null(await RegisterAsync(clinician.Email, "a wrong passphrase here"));

        var after = await ReadAsync(clinician.Email, async (users, user) =>
            (string.Join(',', await users.GetRolesAsync(user)), user.AccessFailedCount, user.SecurityStamp)
        );
        Assert.Equal(before, after);
        Assert.Equal(HubsRoles.Clinician, after.Item1);
        await Mailbox.WaitForAsync(fixture.Mailbox, clinician.Email, Told);
    }

    [Fact]
    public async Task A_disabled_keyworker_account_gives_no_account_even_with_its_password()
    {
        var email = $"kw-{Guid.NewGuid():N}@example.test";
        const string password = "disabled account passphrase";
        Assert.NotNull(await RegisterAsync(email, password));
        await ReadAsync(email, (users, user) =>
        {
            user.Disabled = true;
            return users.UpdateAsync(user);
        });

        Assert.Null(await RegisterAsync(email, password));
        await Mailbox.WaitForAsync(fixture.Mailbox, email, Told);
    }
}
