using System.Security.Cryptography;

namespace Hubs.Web.Features.AdverseEvents.SupportingStaff;

/// <summary>
/// A one-off code a member of staff takes into the ordinary self-referral (e.g. <c>PS-7KQ2-M9XD</c>): random,
/// naming nobody, without look-alike characters so it can be read out on the phone.
/// </summary>
public static class HandOverCode
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static string New()
    {
        var chars = RandomNumberGenerator.GetItems<char>(Alphabet, 8);
        return $"PS-{new string(chars, 0, 4)}-{new string(chars, 4, 4)}";
    }

    /// <summary>
    /// The ordinary self-referral, opened with the code (the form decides what, if anything, it links).
    /// </summary>
    public static string SelfReferralPath(string code) => $"/refer/start?handover={Uri.EscapeDataString(code)}";
}
