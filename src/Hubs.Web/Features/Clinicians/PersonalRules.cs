using FluentValidation;

namespace Hubs.Web.Features.Clinicians;

/// <summary>
/// The checks on a profile's personal parts, the same whether the admin or the clinician writes them.
/// </summary>
public static class PersonalRules
{
    public const int MostLanguages = 10;

    public static void Gender<T>(IRuleBuilderInitial<T, string?> rule) =>
        rule.MaximumLength(40).WithMessage("Describe gender in 40 characters or fewer.");

    public static void Languages<T>(IRuleBuilderInitial<T, IReadOnlyList<string>?> rule) =>
        rule.Must(l => (l ?? []).Count <= MostLanguages)
            .WithMessage($"List at most {MostLanguages} languages.")
            .Must(l => (l ?? []).All(x => !string.IsNullOrWhiteSpace(x) && x.Trim().Length <= 40))
            .WithMessage("Name each language in 40 characters or fewer.");

    /// <summary>Languages as typed ("English, Polish"): trimmed, blanks dropped, each once.</summary>
    public static IReadOnlyList<string> LanguagesFrom(string? typed) =>
        [
            .. (typed ?? "")
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct(StringComparer.OrdinalIgnoreCase),
        ];
}
