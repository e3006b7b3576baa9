using System.Net;
using System.Text.Json;
using Hubs.ServiceDefaults.Auth;

namespace Hubs.Identity.Tests.KeyworkerAccounts;

/// <summary>
/// Hubs.Web creating a keyworker's account as they send their referral, over real HTTP with a real token.
/// </summary>
public class NewKeyworkerAccountTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private async Task<HttpResponseMessage> RegisterAsync(string email, string password)
    {
        var client = fixture.NewBrowser();
        var token = await AccountsApi.TokenAsync(
            client,
            "hubs-web",
            fixture.Client("hubs-web").ClientSecret!,
            HubsScopes.AccountsRegister
        );
        return await AccountsApi.PostAsync(client, token, new { email, password });
    }

    private static async Task<string?> SubjectOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument
            .Parse(await response.Content.ReadAsStringAsync())
            .RootElement.GetProperty("subject")
            .GetString();
    }

    [Fact]
    public async Task A_new_email_gets_an_unconfirmed_keyworker_account_that_signs_in_once_confirmed()
    {
        var email = $"kw-{Guid.NewGuid():N}@example.test";
        const string password = "meadow lantern harbour";

        var subject = await SubjectOf(await RegisterAsync($"  {email} ", password));

        Assert.NotNull(subject);
        var (confirmed, roles) = await AccountsApi.WithUsersAsync(fixture.Host.Services, async users =>
        {
            var user = (await users.FindByIdAsync(subject))!;
            return (user.EmailConfirmed, await users.GetRolesAsync(user));
        });
        Assert.False(confirmed);
        Assert.Equal([HubsRoles.Keyworker], roles);

        var browser = fixture.NewBrowser();
        Assert.Contains(
            "Confirm your email address first",
            await (await browser.SignInAsync(email, password)).Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
        var message = await Mailbox.WaitForAsync(fixture.Mailbox, email, "Confirm your email address");
        Assert.Contains(
            "Email address confirmed",
            await browser.GetStringAsync(Mailbox.LinkIn(message)),
            StringComparison.Ordinal
        );
        var signedIn = await browser.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task The_same_email_and_password_again_give_the_same_account()
    {
        var email = $"kw-{Guid.NewGuid():N}@example.test";

        var first = await SubjectOf(await RegisterAsync(email, "second referral passphrase"));
        var second = await SubjectOf(await RegisterAsync(email.ToUpperInvariant(), "second referral passphrase"));

        Assert.NotNull(first);
        Assert.Equal(first, second);
        var normalized = email.ToUpperInvariant();
        Assert.Equal(
            1,
            await AccountsApi.WithUsersAsync(fixture.Host.Services, users =>
                Task.FromResult(users.Users.Count(user => user.NormalizedEmail == normalized))
            )
        );
    }

    [Fact]
    public async Task An_address_with_an_apostrophe_gets_an_account()
    {
        var email = $"o'brien-{Guid.NewGuid():N}@example.test";

        var subject = await SubjectOf(await RegisterAsync(email, "apostrophe passphrase"));

        Assert.Equal(
            subject,
            (await AccountsApi.WithUsersAsync(fixture.Host.Services, users => users.FindByEmailAsync(email)))?.Id
        );
    }

    [Theory]
    [InlineData("short-pass1", "at least 12 characters")]
    [InlineData("Password1234", "too common")]
    [InlineData("EMAILLOCALPART and more", "contains your email address")]
    [InlineData("", "Create a password")]
    public async Task A_weak_or_missing_password_is_refused_with_a_reason_and_nothing_is_created(
        string password,
        string reason
    )
    {
        var email = $"emaillocalpart-{Guid.NewGuid():N}@example.test";
        var response = await RegisterAsync(
            email,
            password.Replace("EMAILLOCALPART", email.Split('@')[0], StringComparison.Ordinal)
        );

        var errors = await ProblemErrors(response);
        Assert.Contains(reason, string.Join(' ', errors["password"]), StringComparison.Ordinal);
        Assert.False(errors.ContainsKey("email"));
        Assert.Null(await AccountsApi.WithUsersAsync(fixture.Host.Services, users => users.FindByEmailAsync(email)));
    }

    [Theory]
    [InlineData("", "Enter your email address")]
    [InlineData("not-an-email", "correct format")]
    [InlineData("name@", "correct format")]
    [InlineData("name\u0001x@example.test", "control characters")]
    [InlineData("name\0x@example.test", "control characters")]
    [InlineData("na\nme@example.test", "correct format")]
    public async Task A_missing_or_malformed_email_is_refused_and_nothing_is_created(string email, string reason)
    {
        var before = await AccountsApi.WithUsersAsync(fixture.Host.Services, users =>
            Task.FromResult(users.Users.Count())
        );

        var errors = await ProblemErrors(await RegisterAsync(email, "a perfectly fine passphrase"));

        Assert.Contains(reason, string.Join(' ', errors["email"]), StringComparison.Ordinal);
        Assert.Equal(
            before,
            await AccountsApi.WithUsersAsync(fixture.Host.Services, users => Task.FromResult(users.Users.Count()))
        );
    }

    private static async Task<Dictionary<string, string[]>> ProblemErrors(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        return errors
            .EnumerateObject()
            .ToDictionary(
                field => field.Name,
                field => field.Value.EnumerateArray().Select(e => e.GetString()!).ToArray()
            );
    }
}
