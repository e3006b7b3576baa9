using Hubs.Identity.Staff;

namespace Hubs.Identity.Tests.Staff;

public class StaffScopeTests
{
    [Theory]
    [InlineData(new[] { "clinician" }, new[] { "north" }, true)]
    [InlineData(new[] { "clinician" }, new[] { "south" }, false)]
    [InlineData(new[] { "keyworker" }, new[] { "north" }, false)]
    [InlineData(new[] { "hub-lead", "hub-admin" }, new[] { "south", "north" }, true)]
    public void A_north_admin_manages_staff_who_share_a_Hub_and_never_keyworkers(
        string[] roles,
        string[] hubs,
        bool expected
    ) => Assert.Equal(expected, StaffScope.CanManage(["north"], roles, hubs));

    [Theory]
    [InlineData("clinician", "north", true)]
    [InlineData("clinician", "south", false)]
    [InlineData("keyworker", "north", false)]
    [InlineData("superuser", "north", false)]
    public void A_north_admin_grants_staff_roles_in_north_only(string role, string hub, bool expected) =>
        Assert.Equal(expected, StaffScope.CanGrant(["north"], role, hub));
}
