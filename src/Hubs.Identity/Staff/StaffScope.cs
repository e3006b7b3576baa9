using Hubs.ServiceDefaults.Auth;

namespace Hubs.Identity.Staff;

/// <summary>
/// What a hub admin may touch: staff accounts (never keyworkers) that share one of the admin's
/// Hubs, and only roles and Hubs within the admin's own reach. Pure rules, tested directly.
/// </summary>
public static class StaffScope
{
    public static bool CanManage(
        IReadOnlyCollection<string> adminHubs,
        IReadOnlyCollection<string> targetRoles,
        IReadOnlyCollection<string> targetHubs
    ) => targetRoles.All(HubsRoles.IsStaff) && targetHubs.Any(adminHubs.Contains);

    public static bool CanGrant(IReadOnlyCollection<string> adminHubs, string role, string hub) =>
        HubsRoles.IsStaff(role) && adminHubs.Contains(hub);
}
