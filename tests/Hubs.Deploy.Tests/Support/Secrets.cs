using System.Text.RegularExpressions;

namespace Hubs.Deploy.Tests.Support;

/// <summary>Which settings are secret, and which belong to the clinical side only.</summary>
internal static partial class Secrets
{
    /// <summary>
    /// Connection strings, the broker URI (it carries a password), keys (Sms__GatewayKey too), passwords and
    /// client secrets. A name ending in _FILE holds the path of a secret file, not the secret.
    /// </summary>
    public static bool IsSecret(string variable) =>
        SecretName().IsMatch(variable) && !variable.EndsWith("_FILE", StringComparison.OrdinalIgnoreCase);

    /// <summary>Settings the anonymised side (Insights) must never hold.</summary>
    public static bool IsClinicalOnly(string variable)
    {
        var key = variable.Replace("__", ":", StringComparison.Ordinal);
        return key.Equals("ConnectionStrings:Clinical", StringComparison.OrdinalIgnoreCase)
            || key.StartsWith("Pseudonymisation", StringComparison.OrdinalIgnoreCase)
            || key.StartsWith("DataKeys", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"(?i)(connectionstrings|password|(^|_)pass$|secret|token|key$|rabbitmq(__|:)uri)")]
    private static partial Regex SecretName();
}
