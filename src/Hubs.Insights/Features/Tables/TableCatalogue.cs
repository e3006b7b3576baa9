namespace Hubs.Insights.Features.Tables;

/// <summary>A published table: its code in URLs and feeds, and what it tells a reader.</summary>
public sealed record TableInfo(string Code, string Name, string Description, bool BySector = true);

/// <summary>The fixed, documented set of published tables (each is disclosure-controlled on its own).</summary>
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

    public static IReadOnlyList<TableInfo> All { get; } =
    [
        new(Trends, "Trends", "Referrals by month of referral, and how many of them were screened, entered treatment and finished a course."),
        new(Hubs, "By Hub", "Referrals, entering treatment, finished courses, outcome rates, did-not-attend and drop-out rates, one row per Hub of yours."),
        new(Waits, "Waits", "Days from referral to assessment and to first treatment: median, and the share within 6 weeks (42 days) and 18 weeks (126 days)."),
        new(Outcomes, "Outcomes", "Finished courses, caseness at the start, recovery, reliable improvement, reliable recovery and reliable deterioration."),
        new(Attendance, "Attendance", "Did-not-attend rate of treatment appointments and drop-out rate after entering treatment."),
        new(DischargeReasons, "How journeys ended", "Discharges by reason, and withdrawals without a discharge reason."),
        new(Equity, "Equity", "Referrals, entering treatment, waits and outcomes by an equity group (by=ethnicity-group, sex, age-band, disability or staff-group), against the overall rate."),
        new(TeamSupport, "Team-based support", "Team sessions, workshops, reflective groups, peer support and psychological first aid held, with attendances. Not broken down by sector.", BySector: false),
    ];

    public static TableInfo? Find(string code) => All.FirstOrDefault(t => t.Code == code);
}
