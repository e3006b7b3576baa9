using System.Net;
using System.Text.RegularExpressions;
using Hubs.Identity.Data;
using Hubs.Identity.Staff;
using Hubs.ServiceDefaults.Auth;
using Hubs.ServiceDefaults.Commands;
using Hubs.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Identity.Tests.Operations;

/// <summary>
/// <c>create-first-admin</c> on a fresh deployment (no demo seed) as an operator runs it: a separate process with
/// Production settings. It makes the first hub admin once, prints a set-password link (never a password), and
/// refuses once any hub admin exists.
/// </summary>
public sealed partial class FirstAdminCommandTests
{
    private const string Issuer = "https://identity.hubs.example";
    private const string KeyPassword = "operator-test-key-password";

    private static Task<string> RunAsync(TestDatabase database, params string[] arguments) =>
        Shell.RunAsync(
            "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "Hubs.Identity.dll"), .. arguments],
            new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ConnectionStrings__Identity"] = database.Identity,
                ["Oidc__KeyPassword"] = KeyPassword,
                ["Oidc__Issuer"] = Issuer,
            },
            OneShot.Within
        );

    [Fact]
    public async Task It_makes_the_first_hub_admin_once_and_refuses_a_second_with_a_clear_message()
    {
        var database = await TestDatabase.CreateAsync();
        await RunAsync(database, "migrate");

        var printed = await RunAsync(database, "create-first-admin", "--email", "ops@example.test", "--hub", "east");

        Assert.Matches($"{Regex.Escape(Issuer)}/account/reset-password\\?userId=[0-9a-f]+&code=\\S+", printed);
        Assert.DoesNotContain("password:", printed, StringComparison.OrdinalIgnoreCase);
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            RunAsync(database, "create-first-admin", "--email", "other@example.test", "--hub", "east")
        );
        Assert.Contains("exited 1", refused.Message, StringComparison.Ordinal);
        Assert.Contains("A hub admin already exists", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("reset-password", refused.Message, StringComparison.Ordinal);
        await using var host = StartHost(database);
        using var scope = host.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubsUser>>();
        var admin = Assert.Single(await users.GetUsersInRoleAsync(HubsRoles.HubAdmin));
        Assert.Equal("ops@example.test", admin.Email);
        Assert.Equal(
            ["east"],
            await scope.ServiceProvider.GetRequiredService<StaffAdministration>().HubsOfAsync(admin)
        );
        var audit = Assert.Single(
            await scope
                .ServiceProvider.GetRequiredService<IdentityDb>()
                .Audit.Where(a => a.TargetId == admin.Id)
                .ToListAsync()
        );
        Assert.Equal((StaffAction.FirstAdminCreated, "east"), (audit.Action, audit.Hub));
    }

    [Fact]
    public async Task Two_runs_at_once_make_exactly_one_admin_and_the_other_is_told_one_exists()
    {
        await using var host = StartHost(await TestDatabase.CreateAsync(), autoCreate: true);
        var (errors, outputs) = (
            new[] { new StringWriter(), new StringWriter() },
            new[] { new StringWriter(), new StringWriter() }
        );

        var exits = await Task.WhenAll(
            Enumerable
                .Range(0, 2)
                .Select(i =>
                    HostCommands.RunAsync(
                        host.Services,
                        ["create-first-admin", "--email", $"ops{i}@example.test", "--hub", "east", "--url", Issuer],
                        outputs[i],
                        errors[i]
                    )
                )
        );

        Assert.Equal([0, 1], exits.Order());
        var refused = Array.IndexOf(exits, 1);
        Assert.Contains(FirstAdmin.Exists, errors[refused].ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("reset-password", outputs[refused].ToString(), StringComparison.Ordinal);
        using var scope = host.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubsUser>>();
        var admin = Assert.Single(await users.GetUsersInRoleAsync(HubsRoles.HubAdmin));
        Assert.Equal($"ops{1 - refused}@example.test", admin.Email);
        Assert.Single(await scope.ServiceProvider.GetRequiredService<IdentityDb>().Users.ToListAsync());
    }

    [Theory]
    [InlineData("--hub", "east")]
    [InlineData("--email", "not-an-address", "--hub", "east")]
    [InlineData("--email", "ops@example.test", "--hub", "East Hub")]
    public async Task Missing_or_bad_arguments_are_refused_with_the_usage_and_nothing_is_made(params string[] given)
    {
        await using var host = StartHost(await TestDatabase.CreateAsync(), autoCreate: true);
        var error = new StringWriter();

        var exit = await HostCommands.RunAsync(
            host.Services,
            ["create-first-admin", .. given, "--url", Issuer],
            TextWriter.Null,
            error
        );

        Assert.Equal(2, exit);
        Assert.Contains("Usage: create-first-admin --email", error.ToString(), StringComparison.Ordinal);
        using var scope = host.Services.CreateScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<IdentityDb>().Users.ToListAsync());
    }

    [Fact]
    public async Task The_printed_link_sets_a_password_on_the_real_page_and_the_admin_then_sets_up_mfa()
    {
        var database = await TestDatabase.CreateAsync();
        await RunAsync(database, "migrate");
        var printed = await RunAsync(database, "create-first-admin", "--email", "first@example.test", "--hub", "east");
        var link = new Uri(LinkIn().Match(printed).Value);
        await using var host = StartHost(database);
        var browser = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var saved = await browser.SubmitAsync(
            link.PathAndQuery,
            new Dictionary<string, string> { ["Password"] = "harbour kettle saffron" }
        );
        var again = await browser.SubmitAsync(
            link.PathAndQuery,
            new Dictionary<string, string> { ["Password"] = "another harbour kettle" }
        );

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains(
            "expired or was already used",
            await again.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
        var signedIn = await browser.SignInAsync("first@example.test", "harbour kettle saffron", "/admin");
        Assert.Contains("/account/mfa-setup", signedIn.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private static TestHost<IdentityEntryPoint> StartHost(TestDatabase database, bool autoCreate = false) =>
        new(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:Identity"] = database.Identity,
                ["Hubs:Schema:AutoCreate"] = autoCreate ? "true" : "false",
                ["Oidc:KeyPassword"] = KeyPassword,
                ["Logging:JsonFile"] = HubsSettings.NewLogFile("identity-first-admin"),
                ["RateLimits:AccountFormPostsPerMinute"] = "100000",
            }
        );

    [GeneratedRegex(@"https://\S+/account/reset-password\?\S+")]
    private static partial Regex LinkIn();
}
