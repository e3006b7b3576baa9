using Microsoft.AspNetCore.Identity;

namespace Hubs.Identity.Data;

/// <summary>
/// An account. The id is the stable OIDC subject; email and phone stay in this schema and never enter
/// an access token. Hubs are user claims of type <c>hub</c>, roles are Identity roles.
/// </summary>
public sealed class HubsUser : IdentityUser
{
    public HubsUser() => Id = Guid.NewGuid().ToString("N");

    /// <summary>Set by a hub admin; a disabled account cannot sign in or redeem tokens.</summary>
    public bool Disabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    /// <summary>
    /// The 30-second step of the last TOTP code accepted: a code of that step or an earlier one is refused.
    /// </summary>
    public long? LastTotpStep { get; set; }
}
