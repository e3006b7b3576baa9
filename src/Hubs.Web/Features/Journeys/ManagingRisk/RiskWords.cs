using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;
using Hubs.Web.Features.Shared;

namespace Hubs.Web.Features.Journeys.ManagingRisk;

/// <summary>The words of the risk pages: assessed levels and the choices their forms offer.</summary>
public static class RiskWords
{
    public const string Destroyed = "(destroyed with the keyworker's personal data)";

    public static string Assessed(RiskLevel level) => level switch
    {
        RiskLevel.Urgent => "High risk: act today",
        RiskLevel.Flag => "Some risk: review at every contact",
        _ => "No current risk identified",
    };

    public static readonly IReadOnlyList<Choice> AssessedLevels =
    [
        new(nameof(RiskLevel.None), Assessed(RiskLevel.None)),
        new(nameof(RiskLevel.Flag), Assessed(RiskLevel.Flag)),
        new(nameof(RiskLevel.Urgent), Assessed(RiskLevel.Urgent)),
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
