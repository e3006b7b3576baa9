namespace Hubs.Identity.Staff;

/// <summary>A row of the admin page. The email is shown to the admin who manages the account, nowhere else.</summary>
public sealed record StaffMember(
    string Id,
    string Email,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Hubs,
    bool Disabled,
    bool MfaEnabled,
    bool InvitationPending
);
