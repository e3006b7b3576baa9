namespace Hubs.Web.Features.Wording.Keyworker;

/// <summary>
/// One answer for every code that does not work (unknown, mistyped, expired, used, or its referral already claimed),
/// so the page never tells anyone which codes exist.
/// </summary>
public static class ClaimPageWords
{
    public const string NotValid =
        "This code is not valid. It may be mistyped, used already or out of date. Ask the Hub for a new code.";
}
