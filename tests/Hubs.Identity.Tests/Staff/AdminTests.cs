using System.Net;
using System.Text.RegularExpressions;
using Hubs.Identity.Data;
using Hubs.Identity.Staff;
using Hubs.ServiceDefaults.Auth;
using Hubs.Testing.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Identity.Tests.Staff;

public class AdminTests(IdentityHostFixture fixture, SignedInAdmins admins)
    : IClassFixture<IdentityHostFixture>,
        IClassFixture<SignedInAdmins>
{
    private Task<HttpClient> SignedInAdminAsync(string hub = "north") => admins.GetAsync(hub, SignInAdminAsync);

    private async Task<HttpClient> SignInAdminAsync(string hub)
    {
        var admin = fixture.Account(HubsRoles.HubAdmin, hub);
        var browser = fixture.NewBrowser();
        var toMfa = await browser.SignInAsync(admin.Email, admin.Password, "/admin");
        var code = TotpCodes.Fresh(admin.TotpSecret!);
        Assert.Equal(
            "/admin",
            (
                await browser.SubmitAsync(
                    toMfa.Headers.Location!.OriginalString,
                    new Dictionary<string, string> { ["Code"] = code }
                )
            )
                .Headers
                .Location
                ?.OriginalString
        );
        return browser;
    }

    private async Task<List<AuditEntry>> AuditAsync(string targetId)
    {
        using var scope = fixture.Host.Services.CreateScope();
        return await scope
            .ServiceProvider.GetRequiredService<IdentityDb>()
            .Audit.Where(entry => entry.TargetId == targetId)
            .ToListAsync();
    }

    private static Task<HttpResponseMessage> ActAsync(
        HttpClient admin,
        string handler,
        string id,
        Dictionary<string, string>? fields = null
    ) => admin.SubmitAsync($"/admin?handler={handler}&id={id}", fields ?? []);

    [Fact]
    public async Task An_admin_invites_staff_who_get_an_email_and_the_invitation_is_audited()
    {
        var admin = await SignedInAdminAsync();
        var email = $"new-{Guid.NewGuid():N}@example.test";

        var invited = await admin.SubmitAsync(
            "/admin/invite",
            new Dictionary<string, string>
            {
                ["Email"] = email,
                ["role"] = HubsRoles.Clinician,
                ["hub"] = "north",
            }
        );

        Assert.Equal("/admin", invited.Headers.Location?.OriginalString);
        var message = await Mailbox.WaitForAsync(fixture.Mailbox, email, "You have been invited to Hubs");
        var userId = Regex.Match(message.TextBody!, "userId=([0-9a-f]+)").Groups[1].Value;
        var entry = Assert.Single(await AuditAsync(userId));
        Assert.Equal(
            (StaffAction.Invited, fixture.Account(HubsRoles.HubAdmin).Subject, HubsRoles.Clinician, "north"),
            (entry.Action, entry.ActorId, entry.Role, entry.Hub)
        );
        Assert.Contains(email, await admin.GetStringAsync("/admin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inviting_an_address_that_has_an_account_looks_the_same_and_tells_the_owner_by_email()
    {
        var admin = await SignedInAdminAsync();
        var keyworker = fixture.Account(HubsRoles.Keyworker, "south");

        var invited = await admin.SubmitAsync(
            "/admin/invite",
            new Dictionary<string, string>
            {
                ["Email"] = keyworker.Email,
                ["role"] = HubsRoles.Clinician,
                ["hub"] = "north",
            }
        );

        Assert.Equal("/admin", invited.Headers.Location?.OriginalString);
        var page = await admin.GetStringAsync("/admin");
        Assert.Contains("Invitation sent.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("already has an account", page, StringComparison.Ordinal);
        Assert.DoesNotContain(keyworker.Email, page, StringComparison.Ordinal);
        await Mailbox.WaitForAsync(fixture.Mailbox, keyworker.Email, "A Hubs invitation used your email address");
    }

    [Fact]
    public async Task Disabling_ends_sign_in_and_is_audited()
    {
        var admin = await SignedInAdminAsync();
        var lead = fixture.Account(HubsRoles.HubLead);

        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(admin, "Disable", lead.Subject)).StatusCode);

        Assert.Equal(StaffAction.Disabled, Assert.Single(await AuditAsync(lead.Subject)).Action);
        Assert.Contains(
            Features.Account.SignInModel.Refused,
            await (await fixture.NewBrowser().SignInAsync(lead.Email, lead.Password)).Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task A_disabled_clinician_cannot_refresh_tokens_issued_before()
    {
        var clinician = fixture.Account(HubsRoles.Clinician);
        var browser = fixture.NewBrowser();
        var pkce = Pkce.New();
        var toMfa = await browser.SignInAsync(clinician.Email, clinician.Password, CodeFlow.AuthorizeUrl(pkce));
        var code = TotpCodes.Fresh(clinician.TotpSecret!);
        var afterCode = await browser.FollowAsync(
            await browser.SubmitAsync(
                toMfa.Headers.Location!.OriginalString,
                new Dictionary<string, string> { ["Code"] = code }
            )
        );
        var (_, tokens) = await CodeFlow.RedeemAsync(browser, CodeFlow.CodeFrom(afterCode)!, pkce.Verifier);

        await ActAsync(await SignedInAdminAsync(), "Disable", clinician.Subject);

        var refresh = await browser.PostAsync(
            "/connect/token",
            new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["grant_type"] = "refresh_token",
                    ["client_id"] = CodeFlow.ClientId,
                    ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()!,
                }
            )
        );
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
    }

    [Fact]
    public async Task Resetting_MFA_and_assigning_a_role_are_audited()
    {
        var admin = await SignedInAdminAsync();
        var commissioner = fixture.Account(HubsRoles.Commissioner);

        await ActAsync(admin, "ResetMfa", commissioner.Subject);
        await ActAsync(
            admin,
            "Assign",
            commissioner.Subject,
            new() { ["role"] = HubsRoles.Clinician, ["hub"] = "north" }
        );

        Assert.Equal(
            [StaffAction.MfaReset, StaffAction.Assigned],
            (await AuditAsync(commissioner.Subject)).OrderBy(entry => entry.Id).Select(entry => entry.Action)
        );
    }

    [Fact]
    public async Task An_admin_cannot_touch_another_Hubs_staff_and_nothing_is_audited()
    {
        var admin = await SignedInAdminAsync();
        var southClinician = fixture.Account(HubsRoles.Clinician, "south");

        var refused = await ActAsync(admin, "Disable", southClinician.Subject);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Empty(await AuditAsync(southClinician.Subject));
    }

    [Fact]
    public async Task A_keyworker_cannot_open_the_admin_pages()
    {
        var keyworker = fixture.Account(HubsRoles.Keyworker);
        var browser = fixture.NewBrowser();
        await browser.SignInAsync(keyworker.Email, keyworker.Password);

        var response = await browser.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
