using System.Net;
using System.Text.RegularExpressions;
using Hubs.Identity.Data;
using Hubs.ServiceDefaults.Auth;
using Hubs.Testing.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Identity.Tests.Staff;

/// <summary>
/// Recovery codes are shown once at enrolment and stored only as salted hashes; each signs in once; codes stored in
/// clear by an earlier version still work and <c>migrate</c> hashes them (issue #15, identity hardening).
/// </summary>
public partial class RecoveryCodeTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private const string Password = "staff member passphrase";

    [Fact]
    public async Task The_database_never_holds_a_code_that_was_shown()
    {
        var (email, codes) = await EnrolAsync();

        var stored = await StoredCodesAsync(email);

        Assert.Equal(10, codes.Count);
        Assert.All(codes, code =>
        {
            Assert.DoesNotContain(code, stored, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(
                code.Replace("-", string.Empty, StringComparison.Ordinal),
                stored,
                StringComparison.OrdinalIgnoreCase
            );
        });
    }

    [Fact]
    public async Task A_code_signs_in_once()
    {
        var (email, codes) = await EnrolAsync();

        Assert.Equal("/", (await RecoverAsync(email, codes[3])).Headers.Location?.OriginalString);
        var again = await RecoverAsync(email, codes[3]);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains(
            "not correct or was already used",
            await again.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
        Assert.Equal("/", (await RecoverAsync(email, codes[7])).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Codes_stored_in_clear_before_keep_working_once_and_migrate_hashes_them()
    {
        var (email, _) = await EnrolAsync();
        string[] clear = ["AB12C-DE34F", "GH56J-KL78M", "NP90Q-RS12T"];
        await WithDbAsync(db =>
            db.UserTokens.Where(token =>
                    token.UserId == db.Users.Single(user => user.Email == email).Id && token.Name == "RecoveryCodes"
                )
                .ExecuteUpdateAsync(set => set.SetProperty(token => token.Value, string.Join(';', clear)))
        );

        Assert.Equal("/", (await RecoverAsync(email, clear[0])).Headers.Location?.OriginalString);
        await IdentitySchema.ApplyAsync(fixture.Host.Services);

        var stored = await StoredCodesAsync(email);
        Assert.All(clear, code => Assert.DoesNotContain(code, stored, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.OK, (await RecoverAsync(email, clear[0])).StatusCode);
        Assert.Equal("/", (await RecoverAsync(email, clear[1])).Headers.Location?.OriginalString);
        Assert.Equal("/", (await RecoverAsync(email, clear[2].ToLowerInvariant())).Headers.Location?.OriginalString);
    }

    private async Task<HttpResponseMessage> RecoverAsync(string email, string code)
    {
        var browser = fixture.NewBrowser();
        var toMfa = await browser.SignInAsync(email, Password, "/");
        Assert.StartsWith("/account/mfa", toMfa.Headers.Location!.OriginalString, StringComparison.Ordinal);
        return await browser.SubmitAsync(
            "/account/recovery?ReturnUrl=%2F",
            new Dictionary<string, string> { ["Code"] = code }
        );
    }

    private async Task<(string Email, IReadOnlyList<string> Codes)> EnrolAsync()
    {
        var email = $"staff-{Guid.NewGuid():N}@example.test";
        using (var scope = fixture.Host.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<HubsUser>>();
            var user = new HubsUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
            };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            await users.AddToRoleAsync(user, HubsRoles.Commissioner);
        }

        var browser = fixture.NewBrowser();
        var setupUrl = (await browser.SignInAsync(email, Password, "/")).Headers.Location!.OriginalString;
        var key = Regex.Match(await browser.GetStringAsync(setupUrl), "Key: <code>([A-Z2-7]+)</code>").Groups[1].Value;
        var enrolled = await (
            await browser.SubmitAsync(setupUrl, new Dictionary<string, string> { ["Code"] = TotpCodes.Fresh(key) })
        ).Content.ReadAsStringAsync();
        return (email, [.. ShownCode().Matches(enrolled).Select(match => match.Groups[1].Value)]);
    }

    private Task<string> StoredCodesAsync(string email) =>
        WithDbAsync(async db =>
            (
                await db.UserTokens.SingleAsync(token =>
                    token.UserId == db.Users.Single(user => user.Email == email).Id && token.Name == "RecoveryCodes"
                )
            ).Value!
        );

    private async Task<T> WithDbAsync<T>(Func<IdentityDb, Task<T>> work)
    {
        using var scope = fixture.Host.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<IdentityDb>());
    }

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex ShownCode();
}
