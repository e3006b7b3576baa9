using Hubs.Insights.Disclosure;
using Hubs.Insights.Metrics;

namespace Hubs.Insights.Features.Tables;

/// <summary>How journeys ended: one row per discharge reason, and withdrawals without one, with a total.</summary>
public static class DischargeReasonsTable
{
    public const string Title = "How journeys ended";
    public const string Withdrawn = "withdrawn";

    private static readonly (DischargeReason Reason, string Code)[] Reasons =
    [
        (DischargeReason.Completed, "completed"),
        (DischargeReason.DroppedOut, "dropped-out"),
        (DischargeReason.Declined, "declined"),
        (DischargeReason.MovedOn, "moved-on"),
        (DischargeReason.NoContact, "no-contact"),
    ];

    public static PublishedTable Publish(IReadOnlyCollection<JourneyFacts> cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var counts = Reasons.Select(r => (long)cohort.Count(f => f.DischargeReason == r.Reason))
            .Append(cohort.Count(f => f.DischargeReason is null && f.Withdrawn))
            .ToList();
        var labels = Reasons.Select(r => r.Code).Append(Withdrawn).ToList();
        return DisclosureControl.Publish(new TableDraft(Title, labels, [new CountColumn("journeys", "Journeys ended", counts)]));
    }
}
