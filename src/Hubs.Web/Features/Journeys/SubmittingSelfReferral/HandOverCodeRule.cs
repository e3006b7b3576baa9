using System.Text.RegularExpressions;

namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

/// <summary>
/// A hand-over code as a peer supporter reads it out (<c>PS-7KQ2-M9XD</c>), typed in any case; blank means none.
/// </summary>
public static partial class HandOverCodeRule
{
    public const string Message = "Enter the code as you were given it, like PS-7KQ2-M9XD, or leave it blank.";

    public static bool IsWellFormed(string? code) => string.IsNullOrWhiteSpace(code) || Normal(code) is not null;

    /// <summary>The code in capitals without surrounding spaces, or null when it is not one.</summary>
    public static string? Normal(string? code) =>
        code?.Trim().ToUpperInvariant() is { } c && Shape().IsMatch(c) ? c : null;

    [GeneratedRegex("^PS-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$")]
    private static partial Regex Shape();
}
