using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Journeys.Wording;

namespace Hubs.Web.Features.Journeys.AllocatingClinician;

/// <summary>What the keyworker asked for, as stored with their referral (codes, plus their own words).</summary>
public sealed record SupportWishes(
    IReadOnlyCollection<string> Modes,
    IReadOnlyCollection<string> OutOfHours,
    IReadOnlyCollection<string> Characteristics,
    string? Details
);

/// <summary>One clinician offered to the hub lead, with what matches and what does not, in words.</summary>
public sealed record ClinicianSuggestion(
    ClinicianProfile Clinician,
    int Score,
    int Caseload,
    IReadOnlyList<string> Matches,
    IReadOnlyList<string> Gaps
);

/// <summary>
/// Suggests, never decides: ranks a Hub's clinicians by how well they meet the keyworker's stated wishes
/// (a mode they can take part in, every out-of-hours time asked for, a language or background the keyworker
/// names), then by the smaller caseload. The hub lead reads the reasons and chooses.
/// </summary>
public static class ClinicianMatching
{
    public static IReadOnlyList<ClinicianSuggestion> Rank(
        SupportWishes wishes,
        IEnumerable<ClinicianProfile> clinicians,
        IReadOnlyDictionary<Guid, int> caseloads
    )
    {
        ArgumentNullException.ThrowIfNull(wishes);
        ArgumentNullException.ThrowIfNull(clinicians);
        ArgumentNullException.ThrowIfNull(caseloads);
        return clinicians
            .Select(c => Suggest(wishes, c, caseloads.GetValueOrDefault(c.Id)))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Caseload)
            .ThenBy(s => s.Clinician.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static ClinicianSuggestion Suggest(SupportWishes wishes, ClinicianProfile clinician, int caseload)
    {
        var matches = new List<string>();
        var gaps = new List<string>();
        var score = 0;
        var modes = wishes.Modes.Intersect(clinician.Modes).ToList();
        if (wishes.Modes.Count > 0)
        {
            score += modes.Count > 0 ? 3 : 0;
            (modes.Count > 0 ? matches : gaps).Add(
                modes.Count > 0
                    ? $"Works {ClinicWords.Wished(modes)}"
                    : $"Does not work {ClinicWords.Wished(wishes.Modes)}"
            );
        }

        foreach (var time in wishes.OutOfHours)
        {
            var offered = clinician.OutOfHours.Contains(time);
            score += offered ? 2 : 0;
            (offered ? matches : gaps).Add($"{(offered ? "Available" : "Not available")} {ClinicWords.Wished([time])}");
        }

        var details = wishes.Details ?? "";
        var language = clinician.Languages.FirstOrDefault(l =>
            l != "English" && details.Contains(l, StringComparison.OrdinalIgnoreCase)
        );
        if (language is not null)
        {
            score += 3;
            matches.Add($"Speaks {language}");
        }

        if (
            clinician.CulturalBackground is { } culture
            && culture
                .Split(' ', '(', ')')
                .Any(w => w.Length > 3 && details.Contains(w, StringComparison.OrdinalIgnoreCase))
        )
        {
            score += 3;
            matches.Add($"Background: {culture}");
        }

        if (clinician.Gender is { } gender && details.Contains(gender, StringComparison.OrdinalIgnoreCase))
        {
            score += 3;
            matches.Add($"Gender: {gender}");
        }

        return new ClinicianSuggestion(clinician, score, caseload, matches, gaps);
    }
}
