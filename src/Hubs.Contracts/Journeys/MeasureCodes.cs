namespace Hubs.Contracts.Journeys;

/// <summary>The measure and occasion codes <see cref="MeasureResultRecorded"/> carries.</summary>
public static class MeasureCodes
{
    public const string Phq2 = "phq2";
    public const string Phq9 = "phq9";
    public const string Gad2 = "gad2";
    public const string Gad7 = "gad7";
    public const string AuditC = "audit-c";
    public const string Audit = "audit";
    public const string Pcl5 = "pcl5";
    public const string Itq = "itq";
    public const string Isi = "isi";
    public const string Wsas = "wsas";

    public static readonly IReadOnlySet<string> All = new HashSet<string>
    {
        Phq2,
        Phq9,
        Gad2,
        Gad7,
        AuditC,
        Audit,
        Pcl5,
        Itq,
        Isi,
        Wsas,
    };

    /// <summary>The measures whose total is published (the outcome metrics pair their first and last totals).</summary>
    public static readonly IReadOnlySet<string> Scored = new HashSet<string> { Phq9, Gad7 };

    /// <summary>When in the journey a measure was taken.</summary>
    public static readonly IReadOnlySet<string> Occasions = new HashSet<string>
    {
        "screening",
        "assessment",
        "session",
        "review",
        "discharge",
        "pre-session",
    };
}
