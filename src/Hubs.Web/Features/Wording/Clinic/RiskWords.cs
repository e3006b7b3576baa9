using Hubs.Web.Features.Questionnaires;
using Hubs.Web.Features.Shared;

namespace Hubs.Web.Features.Wording.Clinic;

/// <summary>The choices the risk forms offer; the words of each level are in <see cref="ClinicWords"/>.</summary>
public static class RiskWords
{
    public static readonly IReadOnlyList<Choice> AssessedLevels =
    [
        new(nameof(RiskLevel.None), ClinicWords.Assessed(RiskLevel.None)),
        new(nameof(RiskLevel.Flag), ClinicWords.Assessed(RiskLevel.Flag)),
        new(nameof(RiskLevel.Urgent), ClinicWords.Assessed(RiskLevel.Urgent)),
    ];

    public static readonly IReadOnlyList<Choice> ConcernLevels =
    [
        new(nameof(RiskLevel.Flag), "Risk flag: review soon"),
        new(nameof(RiskLevel.Urgent), "Urgent: needs action today"),
    ];

    public static readonly IReadOnlyList<Choice> ConcernSources =
    [
        new(nameof(RiskSource.ClinicianConcern), "My own concern (from a call, session or contact)"),
        new(nameof(RiskSource.Message), "Something the keyworker said in a message"),
    ];
}
