using System.Net;
using System.Security.Claims;
using Hubs.Identity.Data;
using Hubs.Identity.Staff;
using Hubs.ServiceDefaults.Auth;
using Hubs.Testing.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Identity.Tests.Staff;

/// <summary>
/// A hub admin can undo each action: enable, remove a role, send a new invitation; audited, own Hub only (issue #15,
/// item 8).
/// </summary>
public class AdminUndoTests(IdentityHostFixture fixture, SignedInAdmins admins)
    : IClassFixture<IdentityHostFixture>,
        IClassFixture<SignedInAdmins>
{
    private Task<HttpClient> SignedInAdminAsync(string hub = "north") => admins.GetAsync(hub, SignInAdminAsync);

    private async Task<HttpClient> SignInAdminAsync(string hub)
    {
        var admin = fixture.Account(HubsRoles.HubAdmin, hub);
        var browser = fixture.NewBrowser();
        var toMfa = await browser.SignInAsync(admin.Email, admin.Password, "/admin");
        var done = await browser.SubmitAsync(
            toMfa.Headers.Location!.OriginalString,
            new Dictionary<string, string> { ["Code"] = TotpCodes.Fresh(admin.TotpSecret!) }
        );
        Assert.Equal("/admin", done.Headers.Location?.OriginalString);
        return browser;
    }

    private static Task<HttpResponseMessage> ActAsync(
        HttpClient admin,
        string handler,
        string id,
        Dictionary<string, string>? fields = null
    ) => admin.SubmitAsync($"/admin?handler={handler}&id={id}", fields ?? []);

    [Fact]
    public async Task A_disabled_account_is_enabled_again_and_signs_in()
    {
        var admin = await SignedInAdminAsync();
        var (id, email) = await NewStaffAsync(HubsRoles.Commissioner, "north", "staff member passphrase");
        await ActAsync(admin, "Disable", id);

        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(admin, "Enable", id)).StatusCode);

        Assert.StartsWith(
            "/account/mfa",
            (await fixture.NewBrowser().SignInAsync(email, "staff member passphrase")).Headers.Location?.OriginalString,
            StringComparison.Ordinal
        );
        Assert.Equal([StaffAction.Disabled, StaffAction.Enabled], await AuditAsync(id));
    }

    [Fact]
    public async Task A_role_added_by_mistake_is_removed()
    {
        var admin = await SignedInAdminAsync();
        var (id, _) = await NewStaffAsync(HubsRoles.Clinician, "north");
        await ActAsync(admin, "Assign", id, new() { ["role"] = HubsRoles.HubLead, ["hub"] = "north" });

        Assert.Equal(
            HttpStatusCode.Redirect,
            (await ActAsync(admin, "RemoveRole", id, new() { ["role"] = HubsRoles.HubLead })).StatusCode
        );

        Assert.Equal([HubsRoles.Clinician], await RolesAsync(id));
        Assert.Equal([StaffAction.Assigned, StaffAction.RoleRemoved], await AuditAsync(id));
    }

    [Fact]
    public async Task The_last_role_is_not_removed_disabling_is_the_way()
    {
        var admin = await SignedInAdminAsync();
        var (id, _) = await NewStaffAsync(HubsRoles.Clinician, "north");

        var refused = await ActAsync(admin, "RemoveRole", id, new() { ["role"] = HubsRoles.Clinician });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(
            "disable the account instead",
            await refused.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
        Assert.Equal([HubsRoles.Clinician], await RolesAsync(id));
        Assert.Empty(await AuditAsync(id));
    }

    [Fact]
    public async Task An_invitation_is_sent_again_with_a_new_link()
    {
        var admin = await SignedInAdminAsync();
        var email = $"new-{Guid.NewGuid():N}@example.test";
        await admin.SubmitAsync(
            "/admin/invite",
            new Dictionary<string, string>
            {
                ["Email"] = email,
                ["role"] = HubsRoles.Clinician,
                ["hub"] = "north",
            }
        );
        var first = await Mailbox.WaitForAsync(fixture.Mailbox, email, "You have been invited to Hubs");
        var id = await IdOfAsync(email);

        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(admin, "Reinvite", id)).StatusCode);

        await Poll.UntilAsync(() => Mailbox.AllTo(fixture.Mailbox, email).Count == 2, "a second invitation");
        Assert.Equal([StaffAction.Invited, StaffAction.Reinvited], await AuditAsync(id));
        var link = Mailbox.LinkIn(
            Mailbox.AllTo(fixture.Mailbox, email).Single(message => message.MessageId != first.MessageId)
        );
        var chosen = await fixture
            .NewBrowser()
            .SubmitAsync(link, new Dictionary<string, string> { ["Password"] = "invited member passphrase" });
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
    }

    [Theory]
    [InlineData("Enable")]
    [InlineData("RemoveRole")]
    [InlineData("Reinvite")]
    public async Task An_admin_of_another_Hub_gets_not_found_and_nothing_changes(string handler)
    {
        var (id, _) = await NewStaffAsync(HubsRoles.Clinician, "north");
        using (var scope = fixture.Host.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<HubsUser>>();
            var user = (await users.FindByIdAsync(id))!;
            await users.AddToRoleAsync(user, HubsRoles.HubLead);
            user.Disabled = true;
            await users.UpdateAsync(user);
        }

        var response = await ActAsync(
            await SignedInAdminAsync("south"),
            handler,
            id,
            new() { ["role"] = HubsRoles.HubLead }
        );

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await AuditAsync(id));
        Assert.Equal([HubsRoles.Clinician, HubsRoles.HubLead], (await RolesAsync(id)).Order());
    }

    private async Task<(string Id, string Email)> NewStaffAsync(string role, string hub, string? password = null)
    {
        using var scope = fixture.Host.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubsUser>>();
        var email = $"staff-{Guid.NewGuid():N}@example.test";
        var user = new HubsUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = password is not null,
        };
        Assert.True(
            (password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password)).Succeeded
        );
        await users.AddToRoleAsync(user, role);
        await users.AddClaimAsync(user, new Claim(HubsClaimTypes.Hub, hub));
        return (user.Id, email);
    }

    private async Task<string> IdOfAsync(string email)
    {
        using var scope = fixture.Host.Services.CreateScope();
        return await scope
            .ServiceProvider.GetRequiredService<IdentityDb>()
            .Users.Where(user => user.Email == email)
            .Select(user => user.Id)
            .SingleAsync();
    }

    private async Task<List<string>> RolesAsync(string id)
    {
        using var scope = fixture.Host.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubsUser>>();
        return [.. await users.GetRolesAsync((await users.FindByIdAsync(id))!)];
    }

    private async Task<List<string>> AuditAsync(string targetId)
    {
        using var scope = fixture.Host.Services.CreateScope();
        return await scope
            .ServiceProvider.GetRequiredService<IdentityDb>()
            .Audit.Where(entry => entry.TargetId == targetId)
            .OrderBy(entry => entry.Id)
            .Select(entry => entry.Action)
            .ToListAsync();
    }
}
