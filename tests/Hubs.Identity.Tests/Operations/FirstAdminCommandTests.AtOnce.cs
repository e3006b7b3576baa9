using Hubs.Identity.Data;
using Hubs.Identity.Staff;
using Hubs.ServiceDefaults.Auth;
using Hubs.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Identity.Tests.Operations;

/// <summary>Operators who run <c>create-first-admin</c> at the same moment still make only one hub admin.</summary>
public sealed partial class FirstAdminCommandTests
{
    [Fact]
    public async Task Runs_at_the_same_moment_make_one_hub_admin_and_refuse_the_others()
    {
        await using var host = StartHost(await TestDatabase.CreateAsync(), autoCreate: true);

        var made = await Task.WhenAll(
            Enumerable
                .Range(0, 4)
                .Select(async i =>
                {
                    await using var scope = host.Services.CreateAsyncScope();
                    var firstAdmin = scope.ServiceProvider.GetRequiredService<FirstAdmin>();
                    return await firstAdmin.CreateAsync($"ops{i}@example.test", "east");
                })
        );

        var only = Assert.Single(made, user => user is not null);
        using var check = host.Services.CreateScope();
        var users = check.ServiceProvider.GetRequiredService<UserManager<HubsUser>>();
        Assert.Equal(only!.Id, Assert.Single(await users.GetUsersInRoleAsync(HubsRoles.HubAdmin)).Id);
    }
}
