using Hubs.Testing;
using Hubs.Web.Features.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Accounts;

/// <summary>
/// When Hubs.Identity cannot be reached, asking for an account answers "unavailable" (the page then keeps the
/// draft and asks the keyworker to try again) instead of failing the request; the log names no person.
/// </summary>
public sealed class IdentityUnreachableTests
{
    [Fact]
    public async Task An_unreachable_identity_server_is_reported_as_unavailable_and_the_log_names_nobody()
    {
        var database = await TestDatabase.CreateAsync();
        await using var vhost = await TestVirtualHost.CreateAsync();
        var log = HubsSettings.NewLogFile("web-accounts-down");
        var settings = HubsSettings.Web(database, vhost, log);
        var closed = $"http://127.0.0.1:{FreePort.Next()}/";
        settings["Accounts:Endpoint"] = closed + "api/keyworker-accounts";
        settings["Accounts:TokenEndpoint"] = closed + "connect/token";
        await using var host = new TestHost<WebEntryPoint>(settings);
        _ = host.CreateClient();

        await using var scope = host.Services.CreateAsyncScope();
        var result = await scope
            .ServiceProvider.GetRequiredService<KeyworkerAccounts>()
            .EnsureAsync("dana.unreachable@example.com", "a long enough passphrase", CancellationToken.None);

        Assert.IsType<AccountResult.Unavailable>(result);
        await Poll.UntilAsync(
            () =>
                File.Exists(log)
                && File.ReadAllText(log).Contains("did not create the account", StringComparison.Ordinal),
            "the warning in the log"
        );
        var written = await File.ReadAllTextAsync(log);
        Assert.DoesNotContain("dana.unreachable", written, StringComparison.Ordinal);
        Assert.DoesNotContain("passphrase", written, StringComparison.Ordinal);
    }
}
