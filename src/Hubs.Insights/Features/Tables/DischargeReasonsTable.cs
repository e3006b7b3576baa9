using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Wording;
using Hubs.Insights.Metrics;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// How journeys ended: one row per discharge reason, and withdrawals without one, with the journeys ended as the total.
/// </summary>
public static class DischargeReasonsTable
{
    public const string Title = CommissionerWords.Titles.HowJourneysEnded;
    public const string Withdrawn = "withdrawn";

    private static readonly (DischargeReason Reason, string Code)[] Reasons =
    [
        (DischargeReason.Completed, "completed"),
        (DischargeReason.DroppedOut, "dropped-out"),
        (DischargeReason.Declined, "declined"),
        (DischargeReason.MovedOn, "moved-on"),
        (DischargeReason.NoContact, "no-contact"),
    ];

    /// <summary>The rows' codes, in order: each reason, then withdrawals.</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. Reasons.Select(r => r.Code), Withdrawn];

    internal static IReadOnlyList<Measure<JourneyRecord>> Measures { get; } =
    [People.Count<JourneyRecord>("journeys", CommissionerWords.Columns.JourneysEnded, _ => true)];

    internal static string HowItEnded(JourneyRecord record) =>
        record.Facts.DischargeReason is { } reason ? Reasons.Single(r => r.Reason == reason).Code : Withdrawn;
}
