namespace Hubs.Insights.Features.Tables.Evaluation;

/// <summary>One experience response: the journey's key, Hub, month, occasion and codes/counts only.</summary>
public sealed record ExperienceFact(
    string JourneyKey,
    string HubId,
    string Month,
    string Occasion,
    string Overall,
    int ItemsAnswered,
    int PositiveItems
)
{
    /// <summary>Friends-and-Family style: "very good" or "good" overall.</summary>
    public bool Positive => Overall is "very-good" or "good";
}

/// <summary>Work outcomes of one occasion.</summary>
public sealed record WorkFact(int SickDays, string Status, string Leaving)
{
    public bool AtWork => Status == "at-work";

    public bool ThinkingOfLeaving => Leaving != "no";
}

/// <summary>
/// A journey's work outcomes at assessment and at discharge (either may be missing); <see cref="Month"/> is the
/// discharge record's, the month a before-and-after pair is complete in.
/// </summary>
public sealed record WorkPairFact(string JourneyKey, string HubId, string? Month, WorkFact? Before, WorkFact? After)
{
    public bool Paired => Before is not null && After is not null;
}

/// <summary>A journey's coded presenting themes, with its sector (from the referral) and the month coded.</summary>
public sealed record ThemesFact(
    string JourneyKey,
    string HubId,
    string Month,
    string Sector,
    IReadOnlyList<string> Themes
);

/// <summary>Where the evaluation tables get their facts (the store, or a test's hand-worked cohort).</summary>
public interface IEvaluationSource
{
    Task<EvaluationCohort> LoadAsync(IReadOnlySet<string> hubIds, CancellationToken cancellationToken);
}

/// <summary>Everything the evaluation tables read, for the caller's Hubs.</summary>
public sealed record EvaluationCohort(
    IReadOnlyList<ExperienceFact> Experience,
    IReadOnlyList<WorkPairFact> Work,
    IReadOnlyList<ThemesFact> Themes
)
{
    public static EvaluationCohort Empty { get; } = new([], [], []);
}
