namespace Hubs.Insights.Metrics;

/// <summary>
/// Pseudonymous facts about one journey: everything the outcome metrics need and nothing that names a
/// person. <paramref name="JourneyKey"/> is a pseudonymous key, <paramref name="ReferralMonth"/> is
/// "yyyy-MM" (never an exact date); waits are whole days from the referral being submitted.
/// </summary>
public sealed record JourneyFacts(string JourneyKey, string HubId, string ReferralMonth)
{
    public string? Sector { get; init; }

    public string? StaffGroup { get; init; }

    public EquityGroups Equity { get; init; } = EquityGroups.NotStated;

    public bool IsReReferral { get; init; }

    public bool Screened { get; init; }

    /// <summary>
    /// At caseness on the screening PHQ-9 or GAD-7; null when neither full measure was taken at screening.
    /// </summary>
    public bool? ScreenedAtCaseness { get; init; }

    /// <summary>
    /// The screening's self-harm risk level code ("none", "flag", "urgent"); null while not screened.
    /// </summary>
    public string? ScreeningRisk { get; init; }

    /// <summary>
    /// The triage outcome code ("assess", "signpost-elsewhere", "not-suitable"); null while not triaged.
    /// </summary>
    public string? TriageOutcome { get; init; }

    /// <summary>The intervention agreed at assessment (code); null while not assessed.</summary>
    public string? Intervention { get; init; }

    /// <summary>Days from referral to the assessment being recorded; null while not assessed.</summary>
    public int? DaysToAssessment { get; init; }

    /// <summary>Days from referral to the first attended treatment appointment; null while none.</summary>
    public int? DaysToFirstTreatment { get; init; }

    /// <summary>
    /// The hidden wait: days from the first to the second attended treatment appointment (missed and cancelled
    /// ones between do not end it); null until there is a second.
    /// </summary>
    public int? DaysFirstToSecondTreatment { get; init; }

    /// <summary>
    /// When the journey reached each step (ISO week of referral, months of the rest), for open waits.
    /// </summary>
    public MilestoneMonths Months { get; init; } = MilestoneMonths.None;

    /// <summary>
    /// Treatment appointments with a recorded outcome: attended, not attended or cancelled by either side.
    /// </summary>
    public int AppointmentsOffered { get; init; }

    public int AttendedTreatmentAppointments { get; init; }

    /// <summary>Treatment appointments the keyworker did not attend (cancellations are not DNAs).</summary>
    public int DidNotAttendAppointments { get; init; }

    public int CancelledByClientAppointments { get; init; }

    public int CancelledByHubAppointments { get; init; }

    /// <summary>Null while the journey is open.</summary>
    public DischargeReason? DischargeReason { get; init; }

    public bool Withdrawn { get; init; }

    /// <summary>The score at or before the first treatment session.</summary>
    public int? FirstPhq9 { get; init; }

    /// <summary>The score at the final session, taken after the first; null if there was none.</summary>
    public int? LastPhq9 { get; init; }

    public int? FirstGad7 { get; init; }

    public int? LastGad7 { get; init; }

    /// <summary>First and last result of each measure beyond PHQ-9 and GAD-7, by measure code.</summary>
    public IReadOnlyDictionary<string, MeasurePair> Measures { get; init; } = NoMeasures;

    internal static readonly IReadOnlyDictionary<string, MeasurePair> NoMeasures =
        new Dictionary<string, MeasurePair>();
}
