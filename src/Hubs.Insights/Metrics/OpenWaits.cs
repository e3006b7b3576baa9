using System.Globalization;

namespace Hubs.Insights.Metrics;

/// <summary>
/// One person still waiting at the end of a month: the step they wait for and whole weeks waited so far.
/// </summary>
public sealed record OpenWait(string Stage, int? Weeks);

/// <summary>
/// Open waits (MetricDefinitions.md): who is still waiting at the end of a month, for which step, and for
/// how many whole weeks since the week they referred themselves (ISO weeks: the contracts carry no exact
/// date). Waiting for triage: referred, not triaged, not ended. For assessment: triaged to be assessed, not
/// assessed, not ended. For treatment: assessed, no attended treatment appointment, not ended.
/// </summary>
public static class OpenWaits
{
    public static readonly string[] Stages = ["triage", "assessment", "treatment"];

    public static OpenWait? At(JourneyFacts facts, string month)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var m = facts.Months;
        if (After(facts.ReferralMonth, month) || !After(m.Ended, month))
        {
            return null;
        }

        var stage =
            After(m.Triaged, month) ? "triage"
            : facts.TriageOutcome != "assess" ? null
            : After(m.Assessed, month) ? "assessment"
            : After(m.FirstTreatment, month) ? "treatment"
            : null;
        return stage is null ? null : new OpenWait(stage, WeeksBetween(m.ReferralWeek, month));
    }

    /// <summary>Whether a step's month is after the given month (a step not reached is after every month).</summary>
    private static bool After(string? stepMonth, string month) =>
        stepMonth is null || string.CompareOrdinal(stepMonth, month) > 0;

    /// <summary>
    /// Whole weeks from the Monday of the referral's ISO week to the Monday of the week the month ends in.
    /// </summary>
    internal static int? WeeksBetween(string? isoWeek, string month)
    {
        if (isoWeek is not { Length: 8 })
        {
            return null;
        }

        var referred = ISOWeek.ToDateTime(
            int.Parse(isoWeek[..4], CultureInfo.InvariantCulture),
            int.Parse(isoWeek[6..], CultureInfo.InvariantCulture),
            DayOfWeek.Monday
        );
        var end = DateTime
            .ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture)
            .AddMonths(1)
            .AddDays(-1);
        var endMonday = end.AddDays(-(((int)end.DayOfWeek + 6) % 7));
        return (int)((endMonday - referred).TotalDays / 7);
    }
}
