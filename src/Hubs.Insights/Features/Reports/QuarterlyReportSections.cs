using Hubs.Insights.Features.Tables;
using Hubs.Insights.Pages.Shared;

namespace Hubs.Insights.Features.Reports;

/// <summary>
/// What the commissioner's quarterly report shows, in order. A table added to the catalogue joins the report with
/// one line here; the page and the PDF both render these lists.
/// </summary>
public static class QuarterlyReportSections
{
    /// <summary>Before the Hubs' own pages when the report covers all of the reader's Hubs.</summary>
    public static IReadOnlyList<ReportSection> AllHubs { get; } =
    [
        new(
            TableCatalogue.Hubs,
            new ChartSpec("bar", ["referrals", "entered-treatment", "finished-course"]),
            "Each Hub side by side over the quarter."
        ),
    ];

    /// <summary>One page per Hub.</summary>
    public static IReadOnlyList<ReportSection> PerHub { get; } =
    [
        new(
            TableCatalogue.Trends,
            new ChartSpec("bar", ["referrals", "entered-treatment"]),
            "Access: staff who referred themselves each month, and how many have been screened, "
                + "entered treatment and finished a course so far."
        ),
        new(
            TableCatalogue.Waits,
            new ChartSpec("bar", ["assessment-within-42", "first-treatment-within-42"]),
            "Waits in days from referral; 6 weeks is 42 days and 18 weeks 126 days, inclusive."
        ),
        new(
            TableCatalogue.OpenWaits,
            new ChartSpec("bar", ["waiting-triage", "waiting-assessment", "waiting-treatment"]),
            "Everyone still waiting at the end of each month, by the step they wait for."
        ),
        new(
            TableCatalogue.Outcomes,
            new ChartSpec("bar", ["recovery", "reliable-improvement"]),
            "Depression and anxiety (PHQ-9, GAD-7) of finished courses with first and last scores."
        ),
        new(
            TableCatalogue.MeasureOutcomes,
            new ChartSpec("bar", ["caseness", "recovery"]),
            "PTSD, alcohol, insomnia and functioning of finished courses with a first and last result."
        ),
        new(
            TableCatalogue.Attendance,
            new ChartSpec("bar", ["dna", "drop-out"]),
            "Missed treatment appointments and drop-out after entering treatment."
        ),
        new(
            TableCatalogue.DischargeReasons,
            new ChartSpec("bar", ["journeys"]),
            "Journeys that ended, by the reason recorded."
        ),
        new(
            TableCatalogue.TeamSupport,
            new ChartSpec("bar", ["activities", "attendances"]),
            "Team-based support held in the quarter, with head counts of attendance."
        ),
        new(
            TableCatalogue.ReferralSources,
            new ChartSpec("bar", ["referrals", "by-phone"]),
            "Where referrals came from: how staff heard about the Hub, and referrals taken by phone."
        ),
        new(
            TableCatalogue.OnwardReferrals,
            new ChartSpec("bar", ["signposted", "referred"]),
            "Signposting and onward referrals by the kind of service, with what came of the referrals."
        ),
        new(
            TableCatalogue.CareSteps,
            new ChartSpec("bar", ["up", "down", "across"]),
            "Changes of the planned intervention at a review: stepped up, down or across."
        ),
        new(
            Tables.Evaluation.EvaluationTables.Experience,
            new ChartSpec("bar", ["positive-overall"]),
            "Experience of the service at assessment and discharge: the share rating it good or very good."
        ),
        new(
            Tables.Evaluation.EvaluationTables.WorkOutcomes,
            new ChartSpec("bar", ["back-at-work"]),
            "Work outcomes before and after: days off sick, back at work and thinking of leaving."
        ),
        new(
            Tables.Evaluation.EvaluationTables.Themes,
            new ChartSpec("bar", ["all"]),
            "Presenting themes coded at assessment, by sector."
        ),
        new(
            TableCatalogue.AllocationWishes,
            new ChartSpec("bar", ["met-share"]),
            "Allocations by ethnic group: whether the clinician met the characteristics the keyworker asked for."
        ),
        new(
            TableCatalogue.OutOfHours,
            new ChartSpec("bar", ["out-of-hours-share"]),
            "Appointments outside the Hub's opening hours, and how many were attended."
        ),
        new(
            TableCatalogue.SessionRatings,
            new ChartSpec("bar", ["found-valuable", "felt-safe"]),
            "Anonymous one-minute ratings of team-based support: found it valuable and felt safe to speak."
        ),
        // Group and peer work (issue 21).
        new(
            TableCatalogue.ReflectiveGroups,
            new ChartSpec("bar", ["held", "attendances"]),
            "Group and peer work: intervision groups and clinical cafés held, attendances and anonymous ratings."
        ),
        new(
            TableCatalogue.AdverseEventResponse,
            new ChartSpec("bar", ["logged", "contacted"]),
            "Rapid support after adverse events: how soon a peer supporter first made contact, and check-ins done."
        ),
        new(
            TableCatalogue.Workshops,
            new ChartSpec("bar", ["booked", "attended"]),
            "Resilience workshops: places booked and attended, coaching calls, and the brief measure before and after."
        ),
        new(
            TableCatalogue.Consultations,
            new ChartSpec("bar", ["consultations", "team-session"]),
            "Consultations with managers by advice area, and the team sessions that followed."
        ),
        new(
            TableCatalogue.Outreach,
            new ChartSpec("bar", ["contacts", "reached"]),
            "Outreach reach by the sector of the organisation: contacts and the people who attended."
        ),
        new(
            TableCatalogue.OutreachByOrganisationType,
            new ChartSpec("bar", ["contacts", "reached"]),
            "Outreach reach by the type of organisation: contacts and the people who attended."
        ),
        new(
            TableCatalogue.ReflectiveGroupsBySector,
            new ChartSpec("bar", ["held", "attendances"]),
            "Reflective groups by the sector of the series: meetings held, attendances and anonymous ratings."
        ),
        new(
            TableCatalogue.AdverseEventsBySector,
            new ChartSpec("bar", ["logged", "contacted"]),
            "Adverse events by the sector of the department involved, and first contacts made."
        ),
        new(
            TableCatalogue.ReferralsAfterGroupWork,
            new ChartSpec("bar", ["referrals", "after-outreach", "after-group"]),
            "Self-referrals by sector that followed a Hub talk, outreach visit or group session."
        ),
    ];
}
