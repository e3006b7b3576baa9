using System.Net;
using Hubs.ServiceDefaults.Auth;

namespace Hubs.Identity.Tests.Accounts;

/// <summary>After signing in, Identity follows a return URL only to a path on itself (issue #15, item 4).</summary>
public class ReturnUrlTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    public static TheoryData<string> Elsewhere() =>
        [
            "/\t/evil.example/",
            "/\n/evil.example/",
            "/\r\n/evil.example/",
            "//evil.example/",
            "/\\evil.example/",
            "/x\\..\\\\evil.example/",
            "https://evil.example/",
            " /evil",
            "/\0/evil.example/",
            "javascript:alert(1)",
        ];

    [Theory]
    [MemberData(nameof(Elsewhere))]
    public async Task A_return_url_that_could_leave_the_host_sends_the_person_home(string returnUrl)
    {
        var keyworker = fixture.Account(HubsRoles.Keyworker);

        var signedIn = await fixture.NewBrowser().SignInAsync(keyworker.Email, keyworker.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_path_on_this_host_is_followed()
    {
        var keyworker = fixture.Account(HubsRoles.Keyworker);

        var signedIn = await fixture
            .NewBrowser()
            .SignInAsync(keyworker.Email, keyworker.Password, "/connect/authorize?state=a%2Fb");

        Assert.Equal("/connect/authorize?state=a%2Fb", signedIn.Headers.Location?.OriginalString);
    }

    [Theory]
    [MemberData(nameof(Elsewhere))]
    [InlineData("")]
    [InlineData(null)]
    public void The_shared_rule_refuses_anything_but_a_plain_local_path(string? returnUrl) =>
        Assert.Equal("/", LocalUrls.OrHome(returnUrl));

    [Theory]
    [InlineData("/")]
    [InlineData("/my/journey?tab=1#top")]
    [InlineData("/dashboards/trends?hub=north&from=2026-03")]
    public void Local_paths_are_kept(string returnUrl) => Assert.Equal(returnUrl, LocalUrls.OrHome(returnUrl));
}
