using Hubs.Identity.Oidc;
using Hubs.Identity.Tests.Oidc;
using Hubs.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Identity.Tests.Operations;

/// <summary>The runbook's steps: rotate, restart (a new host on the same database), later retire.</summary>
public class KeyRotationTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private TestHost<IdentityEntryPoint> Restarted() =>
        new(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:Identity"] = fixture.Database.Identity,
                ["Email:PickupDirectory"] = fixture.Mailbox,
            }
        );

    private async Task WithStoreAsync(Func<OidcKeyStore, Task> action)
    {
        using var scope = fixture.Host.Services.CreateScope();
        await action(scope.ServiceProvider.GetRequiredService<OidcKeyStore>());
    }

    [Fact]
    public async Task After_rotation_new_tokens_use_the_new_key_and_old_tokens_stay_valid_until_retirement()
    {
        var secret = fixture.Client("demo-feed").ClientSecret!;
        var oldToken = await Tokens.FeedTokenAsync(fixture.NewBrowser(), secret);

        await WithStoreAsync(store => store.RotateAsync(TimeSpan.Zero));
        await using (var restarted = Restarted())
        {
            var client = restarted.CreateClient();
            var keys = await Tokens.KeysAsync(client);
            Assert.Equal(2, keys.Keys.Count);
            Assert.True((await Tokens.ValidateAsync(oldToken, keys)).IsValid);
            Assert.NotEqual(Tokens.KeyId(oldToken), Tokens.KeyId(await Tokens.FeedTokenAsync(client, secret)));
        }

        await WithStoreAsync(store => store.RetireOlderThanNewestAsync());
        await using var retired = Restarted();
        var remaining = await Tokens.KeysAsync(retired.CreateClient());
        Assert.Single(remaining.Keys);
        Assert.False((await Tokens.ValidateAsync(oldToken, remaining)).IsValid);
    }
}
