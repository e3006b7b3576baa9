namespace Hubs.Identity.Staff;

/// <summary>The audited admin actions (the <c>action</c> column of identity.audit).</summary>
public static class StaffAction
{
    public const string Invited = "staff-invited";
    public const string Assigned = "role-and-hub-assigned";
    public const string Disabled = "account-disabled";
    public const string MfaReset = "mfa-reset";

    /// <summary>The operator's <c>create-first-admin</c> on a deployment with no hub admin yet.</summary>
    public const string FirstAdminCreated = "first-admin-created";

    // The undo of each action above.
    public const string Enabled = "account-enabled";
    public const string RoleRemoved = "role-removed";
    public const string Reinvited = "invitation-reissued";
}
