using System.Security.Cryptography;

namespace Hubs.Identity.Demo;

internal static class DemoSecrets
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    /// <summary>A random 20-character secret, readable enough to type from the printed list.</summary>
    public static string New() => RandomNumberGenerator.GetString(Alphabet, 20);
}
