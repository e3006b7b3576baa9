namespace Hubs.ServiceDefaults.Auth;

/// <summary>The roles of src/DOMAIN-RULES.md, as they appear in the <c>role</c> claim of Hubs tokens.</summary>
public static class HubsRoles
{
    public const string Keyworker = "keyworker";
    public const string Clinician = "clinician";
    public const string HubLead = "hub-lead";
    public const string HubAdmin = "hub-admin";
    public const string Commissioner = "commissioner";

    /// <summary>
    /// A trained peer supporter on a Hub's register: sees only the adverse events assigned to them, nothing clinical.
    /// </summary>
    public const string PeerSupporter = "peer-supporter";

    /// <summary>Staff roles are invited by a hub admin and must use TOTP multi-factor authentication.</summary>
    public static readonly IReadOnlyList<string> Staff = [Clinician, HubLead, HubAdmin, Commissioner, PeerSupporter];

    public static readonly IReadOnlyList<string> All = [Keyworker, .. Staff];

    public static bool IsStaff(string role) => Staff.Contains(role);
}
