using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.ManagingRisk;

/// <summary>
/// One risk event: when, from where, how high, and what raised it in words fit for any staff list (an answer's
/// label, never free text). <see cref="Note"/> is the clinician's sealed note, for the audited record only.
/// </summary>
public sealed record RiskSignal(
    DateTimeOffset At,
    RiskSource Source,
    RiskLevel Level,
    string What,
    string? Note = null
);

/// <summary>The last structured risk assessment (its free text unsealed for the record).</summary>
public sealed record RiskAssessmentView(
    DateTimeOffset At,
    Guid ClinicianId,
    RiskLevel Level,
    DateOnly ReviewBy,
    RiskFormulation? Formulation
);

/// <summary>
/// A journey's risk as every staff page shows it: the current level (project rule: the last risk assessment's
/// level, raised by any later signal), every signal newest first, the last assessment and the safety plan.
/// </summary>
public sealed record RiskPicture(
    RiskLevel Current,
    IReadOnlyList<RiskSignal> Signals,
    RiskAssessmentView? Assessment,
    SafetyPlan? SafetyPlan,
    DateTimeOffset? SafetyPlanAgreedAt
)
{
    public static RiskPicture None { get; } = new(RiskLevel.None, [], null, null, null);

    public RiskSignal? Latest => Signals.Count == 0 ? null : Signals[0];
}
