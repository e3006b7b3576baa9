namespace Hubs.Web.Features.Clinicians;

/// <summary>
/// The specialisms a keyworker's own words point to (project rule: a few plain words per specialism, matched
/// case-insensitively anywhere in their words). Suggests only; the lead reads the words too.
/// </summary>
public static class Specialisms
{
    private static readonly (string Code, string[] Words)[] Clues =
    [
        ("trauma", ["trauma", "ptsd", "flashback"]),
        ("moral-injury", ["moral injury", "morally", "guilt"]),
        ("racism-related-distress", ["racism", "racist", "racial"]),
        ("bereavement", ["bereave", "grief", "died"]),
        ("substance-use", ["alcohol", "drinking", "drugs"]),
        ("sleep", ["sleep", "insomnia"]),
    ];

    public static IReadOnlyList<string> Named(string details) =>
        [
            .. Clues
                .Where(c => c.Words.Any(w => details.Contains(w, StringComparison.OrdinalIgnoreCase)))
                .Select(c => c.Code),
        ];
}
