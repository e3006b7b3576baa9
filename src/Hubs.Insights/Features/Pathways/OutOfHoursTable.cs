using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Features.Wording;

namespace Hubs.Insights.Features.Pathways;

/// <summary>
/// Appointments by the month they start in (then the period): how many were booked, how many outside the Hub's
/// opening hours and their share, and the uptake (the share attended of those attended or missed) out of hours
/// and in hours. A record is one appointment, keyed on its own.
/// </summary>
public static class OutOfHoursTable
{
    public static PeriodTable<ScheduledFacts> Table { get; } =
        new(
            CommissionerWords.Titles.OutOfHours,
            TableRows.ByMonth,
            a => a.Month,
            [
                People.Count<ScheduledFacts>("appointments", CommissionerWords.Columns.AppointmentsBooked, _ => true),
                People.Count<ScheduledFacts>("out-of-hours", CommissionerWords.Columns.OutOfHours, a => a.OutOfHours),
                People.Rate<ScheduledFacts>(
                    "out-of-hours-share",
                    CommissionerWords.Columns.OutOfHoursShare,
                    a => a.OutOfHours,
                    _ => true
                ),
                Attended("out-of-hours-attended", CommissionerWords.Columns.OutOfHoursAttended, outOfHours: true),
                Attended("in-hours-attended", CommissionerWords.Columns.InHoursAttended, outOfHours: false),
            ]
        );

    private static RateOf<ScheduledFacts> Attended(string key, string label, bool outOfHours) =>
        People.Rate<ScheduledFacts>(
            key,
            label,
            a => a.Outcome == "attended",
            a => a.Kept && a.OutOfHours == outOfHours
        );
}
