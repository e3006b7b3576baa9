namespace Hubs.Insights.Store;

/// <summary>
/// What a journey's appointment and measure rows come to, one row per journey in <c>insights.journey_treatment</c>:
/// treatment appointment counts, the wait to the first attended treatment and the hidden wait (first to second
/// attended), the first and last PHQ-9 and GAD-7 by stream version, each measure on its own, from the assessment and
/// session pairs and the clinician-given results (screening results are not paired). A last score is a later one than
/// the first that was not taken at the assessment (src/DOMAIN-RULES.md, "Outcomes", paired scores).
/// <see cref="Computed"/> is the one definition: the consumers and the rebuild store it for the journeys they touch,
/// so a dashboard reads a row a journey instead of working it out from every appointment and measure on each request.
/// </summary>
internal static class JourneyTreatmentSql
{
    /// <summary>The columns, in the order <see cref="Computed"/> gives them after the journey key.</summary>
    public const string Columns = """
        first_treatment, second_treatment, first_treatment_month, attended, missed, by_client, by_hub, offered,
        first_phq9, last_phq9, first_gad7, last_gad7
        """;

    /// <summary>Each journey key of <c>k.journey_key</c> with its figures (two lateral reads a journey).</summary>
    public const string Computed = """
        SELECT k.journey_key, a.first_treatment, a.second_treatment, a.first_treatment_month, a.attended, a.missed,
               a.by_client, a.by_hub, a.offered, m.first_phq9, m.last_phq9, m.first_gad7, m.last_gad7
        FROM keys k
        CROSS JOIN LATERAL (
            SELECT min(days_since_referral) FILTER (WHERE outcome = 'attended') AS first_treatment,
                   (array_agg(days_since_referral ORDER BY days_since_referral, appointment_number)
                        FILTER (WHERE outcome = 'attended'))[2] AS second_treatment,
                   min(month) FILTER (WHERE outcome = 'attended') AS first_treatment_month,
                   count(*) FILTER (WHERE outcome = 'attended')::int AS attended,
                   count(*) FILTER (WHERE outcome = 'did-not-attend')::int AS missed,
                   count(*) FILTER (WHERE outcome = 'cancelled-by-client')::int AS by_client,
                   count(*) FILTER (WHERE outcome = 'cancelled-by-hub')::int AS by_hub,
                   count(*)::int AS offered
            FROM insights.journey_appointments x
            WHERE x.journey_key = k.journey_key AND x.purpose = 'treatment') a
        CROSS JOIN LATERAL (
            SELECT (array_agg(score ORDER BY v) FILTER (WHERE measure = 'phq9'))[1] AS first_phq9,
                   (array_agg(score ORDER BY v DESC) FILTER (WHERE measure = 'phq9' AND later))[1] AS last_phq9,
                   (array_agg(score ORDER BY v) FILTER (WHERE measure = 'gad7'))[1] AS first_gad7,
                   (array_agg(score ORDER BY v DESC) FILTER (WHERE measure = 'gad7' AND later))[1] AS last_gad7
            FROM (
                SELECT measure, score, v,
                       occasion <> 'assessment' AND v > min(v) OVER (PARTITION BY measure) AS later
                FROM (
                    SELECT 'phq9' AS measure, phq9 AS score, stream_version AS v, occasion
                    FROM insights.journey_measures y WHERE y.journey_key = k.journey_key
                    UNION ALL
                    SELECT 'gad7', gad7, stream_version, occasion
                    FROM insights.journey_measures y WHERE y.journey_key = k.journey_key
                    UNION ALL
                    SELECT measure, total, stream_version, occasion
                    FROM insights.measure_results r
                    WHERE r.journey_key = k.journey_key AND r.measure IN ('phq9', 'gad7')
                      AND r.occasion <> 'screening' AND r.total IS NOT NULL
                ) scores
            ) s) m
        """;

    /// <summary>
    /// The figures of the journeys of a query <c>keys</c> (defined before it) inserted or updated column for column.
    /// </summary>
    public static readonly string Store = $"""
        INSERT INTO insights.journey_treatment (journey_key, {Columns})
        {Computed}
        ON CONFLICT (journey_key) DO UPDATE SET
            {string.Join(", ", Columns.Split(',', StringSplitOptions.TrimEntries).Select(c => $"{c} = EXCLUDED.{c}"))}
        """;

    /// <summary>Stores the figures of the journeys <c>$1</c> (their rows locked first, see the store).</summary>
    public static readonly string Refresh = StoreFor("SELECT DISTINCT unnest($1::text[]) AS journey_key");

    // Each table's rows of unreferred journeys found first (a hash of the facts), then their keys made distinct: the
    // keys of all rows made distinct first took half as long again at 200,000 journeys.
    private const string Referred =
        "SELECT FROM insights.journey_facts f WHERE f.journey_key = k.journey_key AND f.referral_month IS NOT NULL";

    /// <summary>
    /// Stores the figures of every journey with appointment or measure rows and no referred facts row: those a refill
    /// of the sums does not read, which stores the others' figures as it reads them
    /// (<see cref="JourneyFactsQuery.Refill"/>).
    /// </summary>
    public static readonly string RefreshUnreferred = StoreFor(
        $"""
        SELECT journey_key FROM insights.journey_appointments k WHERE NOT EXISTS ({Referred})
        UNION SELECT journey_key FROM insights.journey_measures k WHERE NOT EXISTS ({Referred})
        UNION SELECT journey_key FROM insights.measure_results k WHERE NOT EXISTS ({Referred})
        """
    );

    /// <summary>
    /// Claims the journeys' rows (made empty if new) in key order: a concurrent consumer of the same journey waits
    /// until this transaction commits, and then its <see cref="Refresh"/> (a new statement, a new snapshot under READ
    /// COMMITTED) sees this one's rows, so the last to commit stores figures from every row.
    /// </summary>
    public const string Claim = """
        INSERT INTO insights.journey_treatment AS t (journey_key)
        SELECT DISTINCT unnest($1::text[]) ORDER BY 1
        ON CONFLICT (journey_key) DO UPDATE SET journey_key = t.journey_key
        """;

    /// <summary>
    /// The figures of the journeys <paramref name="keys"/> selects, inserted or updated column for column.
    /// </summary>
    private static string StoreFor(string keys) =>
        $"""
            WITH keys AS ({keys})
            {Store}
            """;
}
