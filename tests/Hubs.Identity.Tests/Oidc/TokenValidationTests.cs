namespace Hubs.Identity.Tests.Oidc;

/// <summary>
/// Access tokens are standard signed JWTs: a resource server accepts them only unaltered and for its own audience.
/// </summary>
public class TokenValidationTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    [Fact]
    public async Task A_feed_token_validates_against_the_published_keys()
    {
        var client = fixture.NewBrowser();
        var token = await Tokens.FeedTokenAsync(client, fixture.Client("demo-feed").ClientSecret!);

        var result = await Tokens.ValidateAsync(token, await Tokens.KeysAsync(client));

        Assert.True(result.IsValid, result.Exception?.Message);
    }

    [Fact]
    public async Task A_tampered_token_or_another_audience_is_refused()
    {
        var client = fixture.NewBrowser();
        var token = await Tokens.FeedTokenAsync(client, fixture.Client("demo-feed").ClientSecret!);
        var keys = await Tokens.KeysAsync(client);
        var parts = token.Split('.');
        var tampered = $"{parts[0]}.{parts[1][..^2]}{(parts[1][^2] == 'A' ? 'B' : 'A')}{parts[1][^1]}.{parts[2]}";

        Assert.False((await Tokens.ValidateAsync(tampered, keys)).IsValid);
        Assert.False((await Tokens.ValidateAsync(token, keys, audience: "hubs-web")).IsValid);
    }
}
