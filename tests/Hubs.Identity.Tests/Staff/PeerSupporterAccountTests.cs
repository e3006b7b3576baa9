using System.Net;
using System.Text.RegularExpressions;
using Hubs.Identity.Data;
using Hubs.Identity.Staff;
using Hubs.ServiceDefaults.Auth;
using Hubs.Testing.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Identity.Tests.Staff;

/// <summary>
/// A peer supporter is staff like any other: invited by the hub admin with their own role, signed in with a TOTP
/// code, and their token names that role and their Hub (which is all the Web needs to show them their events).
/// </summary>
public class PeerSupporterAccountTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    [Fact]
    public async Task An_admin_invites_a_peer_supporter_with_the_peer_supporter_role_and_it_is_audited()
    {
        var admin = fixture.Account(HubsRoles.HubAdmin);
        var browser = fixture.NewBrowser();
        var toMfa = await browser.SignInAsync(admin.Email, admin.Password, "/admin");
        await browser.SubmitAsync(
            toMfa.Headers.Location!.OriginalString,
            new Dictionary<string, string> { ["Code"] = TotpCodes.Fresh(admin.TotpSecret!) }
        );
        var email = $"peer-{Guid.NewGuid():N}@example.test";

        Assert.Contains(
            HubsRoles.PeerSupporter,
            await browser.GetStringAsync("/admin/invite"),
            StringComparison.Ordinal
        );
        var invited = await browser.SubmitAsync(
            "/admin/invite",
            new Dictionary<string, string>
            {
                ["Email"] = email,
                ["role"] = HubsRoles.PeerSupporter,
                ["hub"] = "north",
            }
        );

        Assert.Equal("/admin", invited.Headers.Location?.OriginalString);
        var message = await Mailbox.WaitForAsync(fixture.Mailbox, email, "You have been invited to Hubs");
        var userId = Regex.Match(message.TextBody!, "userId=([0-9a-f]+)").Groups[1].Value;
        using var scope = fixture.Host.Services.CreateScope();
        var entry = Assert.Single(
            await scope
                .ServiceProvider.GetRequiredService<IdentityDb>()
                .Audit.Where(e => e.TargetId == userId)
                .ToListAsync()
        );
        Assert.Equal((StaffAction.Invited, HubsRoles.PeerSupporter, "north"), (entry.Action, entry.Role, entry.Hub));
    }

    [Fact]
    public async Task A_peer_supporter_signs_in_with_a_code_and_gets_their_role_and_hub_only()
    {
        var peer = fixture.Account(HubsRoles.PeerSupporter, "south");
        var browser = fixture.NewBrowser();
        var pkce = Pkce.New();

        var toMfa = await browser.SignInAsync(peer.Email, peer.Password, CodeFlow.AuthorizeUrl(pkce));
        Assert.StartsWith("/account/mfa", toMfa.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var afterCode = await browser.FollowAsync(
            await browser.SubmitAsync(
                toMfa.Headers.Location.OriginalString,
                new Dictionary<string, string> { ["Code"] = TotpCodes.Fresh(peer.TotpSecret!) }
            )
        );
        var (status, body) = await CodeFlow.RedeemAsync(browser, CodeFlow.CodeFrom(afterCode)!, pkce.Verifier);

        Assert.Equal(HttpStatusCode.OK, status);
        var access = Jwt.Payload(body.GetProperty("access_token").GetString()!);
        Assert.Equal([HubsRoles.PeerSupporter], Jwt.Values(access, "role"));
        Assert.Equal(["south"], Jwt.Values(access, "hub"));
    }
}
