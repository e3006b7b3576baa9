using Hubs.ServiceDefaults.Auth;

namespace Hubs.Identity.Features.KeyworkerAccounts;

/// <summary>
/// Pure: whether a referral may be linked to the account that already has its email address, if its
/// password is right. Only a keyworker account in good standing; a staff account never is, so a
/// referral can never be filed under a clinician's or admin's identity.
/// </summary>
public static class ExistingAccountDecision
{
    public static bool MayTryPassword(IReadOnlyCollection<string> roles, bool disabled, bool lockedOut)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return !disabled
            && !lockedOut
            && roles.Contains(HubsRoles.Keyworker)
            && roles.All(role => role == HubsRoles.Keyworker);
    }
}
