namespace Hubs.Insights.Features.Tables;

/// <summary>How a table's rows are laid out.</summary>
public enum TableRowsKind
{
    /// <summary>The months of the period, then the period itself.</summary>
    Months,

    /// <summary>The quarters of a financial year, then the year (a quarter alone is one row).</summary>
    Quarters,

    /// <summary>Every category of a breakdown, then the total.</summary>
    Categories,

    /// <summary>Each of the caller's Hubs (no total, no <c>hub</c> parameter).</summary>
    Hubs,
}

/// <summary>
/// A published table: its code in URLs and feeds, and what it tells a reader. <paramref name="NoMonths"/> marks a
/// table of sparse Hub work, published by quarter and financial year only (see Disclosure/DisclosureRules.md).
/// </summary>
public sealed record TableInfo(string Code, string Name, string Description, TableRowsKind Rows, bool NoMonths = false)
{
    /// <summary>The kinds of period the table is published for: "month", "quarter", "financial-year".</summary>
    public IReadOnlyList<string> Periods =>
        NoMonths ? ["quarter", "financial-year"] : ["month", "quarter", "financial-year"];

    public bool Publishes(Period period) => !(NoMonths && period?.Kind == PeriodKind.Month);
}

/// <summary>
/// The fixed catalogue of published tables. Each is published for one Hub and one fixed <see cref="Period"/>
/// (the by-Hub table for each of the caller's Hubs); every cell is protected on its own by the cell-key
/// method, so a cell reads the same in every table, page, CSV and feed it appears in.
/// </summary>
public static class TableCatalogue
{
    public const string Trends = "trends";
    public const string Waits = "waits";
    public const string Outcomes = "outcomes";
    public const string Attendance = "attendance";
    public const string DischargeReasons = "discharge-reasons";
    public const string Equity = "equity";
    public const string TeamSupport = "team-support";
    public const string Hubs = "hubs";
    public const string OpenWaits = "open-waits";
    public const string MeasureOutcomes = "measure-outcomes";
    public const string OnwardReferrals = "onward-referrals";
    public const string CareSteps = "care-steps";
    public const string ReferralSources = "referral-sources";
    public const string ReflectiveGroups = "reflective-groups";
    public const string AllocationWishes = "allocation-wishes";
    public const string OutOfHours = "out-of-hours";
    public const string SessionRatings = "session-ratings";
    public const string AdverseEventResponse = "adverse-event-response";
    public const string Workshops = "workshops";
    public const string Consultations = "consultations";
    public const string Outreach = "outreach";
    public const string OutreachByOrganisationType = "outreach-by-organisation-type";
    public const string ReflectiveGroupsBySector = "reflective-groups-by-sector";
    public const string AdverseEventsBySector = "adverse-events-by-sector";
    public const string ReferralsAfterGroupWork = "referrals-after-group-work";

    public static IReadOnlyList<TableInfo> All { get; } =
    [
        new(
            Trends,
            "Trends",
            "Referrals by month of referral, and how many of them "
                + "were screened, entered treatment and finished a course.",
            TableRowsKind.Months
        ),
        new(
            Hubs,
            "By Hub",
            "Referrals, entering treatment, finished courses, outcome rates, "
                + "did-not-attend and drop-out rates, one row per Hub of yours.",
            TableRowsKind.Hubs
        ),
        new(
            Waits,
            "Waits",
            "Days from referral to assessment and to first treatment: median, "
                + "and the share within 6 weeks (42 days) and 18 weeks (126 days).",
            TableRowsKind.Months
        ),
        new(
            OpenWaits,
            "Open waits",
            "People still waiting at the end of each month, for triage, assessment or treatment: "
                + "how many, median weeks waited so far, and how many 6 and 18 weeks or more.",
            TableRowsKind.Months
        ),
        new(
            Outcomes,
            "Outcomes",
            "Finished courses, caseness at the start, recovery, reliable "
                + "improvement, reliable recovery and reliable deterioration.",
            TableRowsKind.Months
        ),
        new(
            Attendance,
            "Attendance",
            "Did-not-attend rate of treatment appointments and drop-out rate after entering treatment.",
            TableRowsKind.Months
        ),
        new(
            DischargeReasons,
            "How journeys ended",
            "Discharges by reason, and withdrawals without a discharge reason.",
            TableRowsKind.Categories
        ),
        new(
            Equity,
            "Equity",
            "Referrals, entering treatment, waits and outcomes by a group (by=ethnicity-group, "
                + "sex, age-band, disability, staff-group or sector), against the overall figure.",
            TableRowsKind.Categories
        ),
        new(
            TeamSupport,
            "Team-based support",
            "Team sessions, workshops, reflective groups, peer support "
                + "and psychological first aid held, with attendances.",
            TableRowsKind.Categories
        ),
        // Evaluation (issue 19): experience, work outcomes, themes by sector.
        .. Evaluation.EvaluationTables.Catalogue,
        new(
            MeasureOutcomes,
            "Outcome by measure",
            "PTSD (PCL-5, ITQ), alcohol (AUDIT-C, AUDIT), insomnia (ISI) and functioning (WSAS) of finished "
                + "courses with a first and last result: at caseness at the first, and recovery.",
            TableRowsKind.Categories
        ),
        new(
            OnwardReferrals,
            "Onward referrals",
            "Signposting and onward referrals by the kind of service (never its name), "
                + "with what came of the referrals.",
            TableRowsKind.Categories
        ),
        new(
            CareSteps,
            "Steps of care",
            "Changes of the planned intervention at a review, by the intervention "
                + "changed from: stepped up, down or across.",
            TableRowsKind.Categories
        ),
        new(
            ReferralSources,
            "Where referrals come from",
            "Referrals by how the keyworker heard about the Hub, by sector, and how many were taken by phone.",
            TableRowsKind.Categories
        ),
        new(
            ReflectiveGroups,
            "Reflective groups",
            "Intervision group and clinical café meetings held and cancelled, attendances, and the shares of "
                + "anonymous ratings that found a meeting useful and felt safe.",
            TableRowsKind.Categories,
            NoMonths: true
        ),
        new(
            AllocationWishes,
            "Allocations and the keyworker's wishes",
            "Allocations by a group (by=ethnicity-group, sex, age-band, disability, staff-group or sector): how many "
                + "keyworkers asked for clinician characteristics, and whether the clinician met all, some or none.",
            TableRowsKind.Categories
        ),
        new(
            OutOfHours,
            "Out-of-hours appointments",
            "Appointments by month of their start: how many outside the Hub's opening hours, and the share attended "
                + "out of hours and in hours.",
            TableRowsKind.Months
        ),
        new(
            SessionRatings,
            "Ratings of team-based support",
            "Anonymous one-minute ratings of team sessions, workshops and other team-based support held: activities "
                + "rated, ratings, and the shares that found the session valuable and felt safe to speak.",
            TableRowsKind.Categories
        ),
        new(
            AdverseEventResponse,
            "Response to adverse events",
            "Adverse events by quarter logged: how many, how many involved 5 or more staff, how soon the first contact "
                + "came (under 24 hours, 24 to 72, over 72) and the share within the Hub's target, check-ins done "
                + "and hand-overs into self-referral offered.",
            TableRowsKind.Quarters,
            NoMonths: true
        ),
        new(
            Workshops,
            "Resilience workshops",
            "Workshops held by quarter: places booked, attended, follow-up coaching calls, participants with the brief "
                + "measure before and after, and the shares whose band got better and worse.",
            TableRowsKind.Quarters,
            NoMonths: true
        ),
        new(
            Consultations,
            "Consultations with managers",
            "Consultations by advice area: how many, how many about a whole team, how many a team session followed, "
                + "and how many by the manager's sector.",
            TableRowsKind.Categories,
            NoMonths: true
        ),
        new(
            Outreach,
            "Outreach reach",
            "Outreach by the sector of the organisation reached: contacts, people who attended, and promotion "
                + "visits, team briefings and partner talks.",
            TableRowsKind.Categories,
            NoMonths: true
        ),
        new(
            OutreachByOrganisationType,
            "Outreach reach by organisation type",
            "Outreach by the type of organisation reached (hospital trust, care home, police, fire and others): "
                + "contacts, people who attended, and promotion visits, team briefings and partner talks.",
            TableRowsKind.Categories,
            NoMonths: true
        ),
        new(
            ReflectiveGroupsBySector,
            "Reflective groups by sector",
            "Intervision group and clinical café meetings by the sector of the series: held and cancelled, "
                + "attendances, and the shares of anonymous ratings that found a meeting useful and felt safe.",
            TableRowsKind.Categories,
            NoMonths: true
        ),
        new(
            AdverseEventsBySector,
            "Adverse events by sector",
            "Adverse events by the sector of the department involved: how many, first contacts made and the share "
                + "within the Hub's target, check-ins done and hand-overs into self-referral offered.",
            TableRowsKind.Categories,
            NoMonths: true
        ),
        new(
            ReferralsAfterGroupWork,
            "Referrals after group or outreach work",
            "Self-referrals by sector, how many heard of the Hub through a Hub talk or outreach visit or a group "
                + "session, and their share of the referrals that said how they heard.",
            TableRowsKind.Categories
        ),
    ];

    public static TableInfo? Find(string? code) => All.FirstOrDefault(t => t.Code == code);
}
