namespace Hubs.Web.Features.Accounts;

/// <summary>What Hubs.Identity answered when asked for a keyworker's account.</summary>
public abstract record AccountResult
{
    /// <summary>
    /// The referral can go: <paramref name="Subject"/> is the account to link it to, or null when the email
    /// already has an account the password did not open (Identity has emailed its owner). The keyworker sees
    /// the same page either way, so nobody learns whether an address has an account.
    /// </summary>
    public sealed record Ready(Guid? Subject) : AccountResult;

    /// <summary>Identity refused the email or password (plain-English messages keyed "email" / "password").</summary>
    public sealed record Refused(IReadOnlyDictionary<string, string[]> Errors) : AccountResult;

    /// <summary>Identity could not be reached or failed; nothing was created and the draft is kept.</summary>
    public sealed record Unavailable : AccountResult;
}
