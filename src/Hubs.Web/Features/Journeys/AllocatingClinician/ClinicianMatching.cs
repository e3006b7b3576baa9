using System.Text.RegularExpressions;
using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Journeys.Events;

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
)
{
    /// <summary>Why they are suggested, in one line ("Speaks Polish · Out of hours on Tuesdays").</summary>
    public string Why => string.Join(" · ", Matches);
}

/// <summary>
/// Suggests, never decides: ranks a Hub's clinicians by how well they meet the keyworker's stated wishes, then by
/// the smaller caseload. A mode they can take part in scores 3, each out-of-hours time asked for 2; a language,
/// shared background or gender the keyworker's words name scores 4 when they ticked that characteristic, 2 from
/// their words alone; a specialism their words name scores 2. The hub lead reads the reasons and chooses.
/// </summary>
public static partial class ClinicianMatching
{
    private const int Ticked = 4;
    private const int WordsOnly = 2;

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
            var days = OutOfHoursDays.Of(clinician.WorkingPattern, time);
            var offered = days.Count > 0 || clinician.OutOfHours.Contains(time);
            score += offered ? 2 : 0;
            (offered ? matches : gaps).Add(
                !offered ? $"Not available {ClinicWords.Wished([time])}"
                : days.Count > 0 ? $"Out of hours on {ClinicianWords.Days(days)}"
                : $"Available {ClinicWords.Wished([time])}"
            );
        }

        var details = wishes.Details ?? "";
        foreach (var (code, found, reason, gap) in Characteristics(details, clinician))
        {
            var ticked = wishes.Characteristics.Contains(code);
            if (found is not null)
            {
                score += ticked ? Ticked : WordsOnly;
                matches.Add(reason);
            }
            else if (ticked)
            {
                gaps.Add(gap);
            }
        }

        foreach (var specialism in Specialisms.Named(details).Intersect(clinician.Specialisms))
        {
            score += WordsOnly;
            matches.Add($"{ClinicianWords.Texts(ClinicianWords.Specialisms, [specialism])} specialism");
        }

        return new ClinicianSuggestion(clinician, score, caseload, matches, gaps);
    }

    /// <summary>
    /// How far the clinician meets the characteristics the keyworker ticked (language, culture, gender), by the same
    /// reading of their words as the suggestions; none ticked is none stated, a clinician not in the directory meets
    /// none. Modes and out-of-hours times are ways of working, not characteristics, and are not judged here.
    /// </summary>
    public static AllocationWishes WishesMet(SupportWishes wishes, ClinicianProfile? clinician)
    {
        ArgumentNullException.ThrowIfNull(wishes);
        var ticked = Characteristics(wishes.Details ?? "", clinician)
            .Where(c => wishes.Characteristics.Contains(c.Code))
            .ToList();
        var met = ticked.Count(c => c.Found is not null);
        return ticked.Count == 0 ? AllocationWishes.NoneStated
            : met == ticked.Count ? AllocationWishes.Met
            : met > 0 ? AllocationWishes.PartlyMet
            : AllocationWishes.NotMet;
    }

    private static (string Code, string? Found, string Reason, string Gap)[] Characteristics(
        string details,
        ClinicianProfile? clinician
    )
    {
        var language = clinician?.Languages.FirstOrDefault(l => l != "English" && Names(details, l));
        var culture =
            clinician?.SharedBackground is { } shared
            && shared.Split(' ', '(', ')').Any(w => w.Length > 3 && Names(details, w))
                ? shared
                : null;
        var gender = clinician?.Gender is { } g && Names(details, g) ? g : null;
        return
        [
            ("language", language, $"Speaks {language}", "Language asked for: not matched"),
            ("culture", culture, $"Background: {culture}", "Shared background asked for: not matched"),
            ("gender", gender, $"Gender: {gender}", "Gender asked for: not matched"),
        ];
    }

    /// <summary>
    /// Whether the keyworker's words name <paramref name="word"/> as a whole word ("woman" is not "man").
    /// </summary>
    private static bool Names(string details, string word) =>
        Regex.IsMatch(details, $@"\b{Regex.Escape(word)}\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
}
