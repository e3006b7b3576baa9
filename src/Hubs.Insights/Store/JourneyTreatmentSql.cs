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
        ON CONFLICT (journey_key) DO UPDATE SET {Updates}
        """;

    private static string Updates =>
        string.Join(", ", Columns.Split(',', StringSplitOptions.TrimEntries).Select(c => $"{c} = EXCLUDED.{c}"));

    /// <summary>
    /// The first and the last score of one measure of a journey's grouped scores (see <see cref="Grouped"/>): each the
    /// score of its least or greatest version, found as the least or greatest of one number a score holding both, the
    /// version in the high 32 bits and the score (any <c>integer</c>, offset to be non-negative) in the low, so that
    /// numbers compare as (version, score) pairs do. Pairs as arrays made and compared an array a score for each of
    /// the four were half the statement's grouping of the scores at 1,000,000 journeys. A stream version is far below
    /// 2^31; one that was not would fail the statement (<c>bigint</c> out of range), not give another score.
    /// </summary>
    private static string ScoresOf(string measure) =>
        $"""
            {ScoreOf("min", measure, $"{measure} IS NOT NULL")} AS first_{measure},
            CASE WHEN max(v) FILTER (WHERE {measure} IS NOT NULL AND occasion <> 'assessment')
                      > min(v) FILTER (WHERE {measure} IS NOT NULL)
                 THEN {ScoreOf("max", measure, $"{measure} IS NOT NULL AND occasion <> 'assessment'")}
            END AS last_{measure}
            """;

    private static string ScoreOf(string aggregate, string measure, string filter) =>
        $"(({aggregate}(v * 4294967296 + ({measure}::bigint + 2147483648)) FILTER (WHERE {filter}))"
        + " % 4294967296 - 2147483648)::int";

    /// <summary>
    /// <see cref="Computed"/>'s figures stored for every journey with rows whose key is from <c>$1</c> and before
    /// <c>$2</c> (either null: no bound), for a rebuild's tail (<see cref="JourneyTreatmentRefill"/>): each table read
    /// once in key order and grouped by journey, where <see cref="Computed"/> reads each journey's rows by nine index
    /// probes (half the database's CPU at 1,000,000 journeys). A last score is the latest of the non-assessment ones if
    /// it is later than the first, as <see cref="Computed"/>'s "later" has it; the tests hold the two equal.
    /// </summary>
    public static readonly string Grouped = $"""
        INSERT INTO insights.journey_treatment (journey_key, {Columns})
        SELECT coalesce(a.journey_key, m.journey_key), a.first_treatment, a.second_treatment, a.first_treatment_month,
               coalesce(a.attended, 0), coalesce(a.missed, 0), coalesce(a.by_client, 0), coalesce(a.by_hub, 0),
               coalesce(a.offered, 0), m.first_phq9, m.last_phq9, m.first_gad7, m.last_gad7
        FROM (
            SELECT journey_key,
                   min(days_since_referral) FILTER (WHERE {Treatment} outcome = 'attended') AS first_treatment,
                   (array_agg(days_since_referral ORDER BY days_since_referral, appointment_number)
                        FILTER (WHERE {Treatment} outcome = 'attended'))[2] AS second_treatment,
                   min(month) FILTER (WHERE {Treatment} outcome = 'attended') AS first_treatment_month,
                   count(*) FILTER (WHERE {Treatment} outcome = 'attended')::int AS attended,
                   count(*) FILTER (WHERE {Treatment} outcome = 'did-not-attend')::int AS missed,
                   count(*) FILTER (WHERE {Treatment} outcome = 'cancelled-by-client')::int AS by_client,
                   count(*) FILTER (WHERE {Treatment} outcome = 'cancelled-by-hub')::int AS by_hub,
                   count(*) FILTER (WHERE purpose = 'treatment')::int AS offered
            FROM insights.journey_appointments
            WHERE {InRange}
            GROUP BY journey_key) a
        FULL JOIN (
            SELECT journey_key, {ScoresOf("phq9")}, {ScoresOf("gad7")}
            FROM (SELECT journey_key, stream_version AS v, occasion, phq9, gad7 FROM insights.journey_measures
                  WHERE {InRange}
                  UNION ALL
                  SELECT journey_key, stream_version, occasion,
                         CASE WHEN measure = 'phq9' THEN total END, CASE WHEN measure = 'gad7' THEN total END
                  FROM insights.measure_results
                  WHERE measure IN ('phq9', 'gad7') AND occasion <> 'screening' AND total IS NOT NULL
                    AND {InRange}) scores
            GROUP BY journey_key) m ON m.journey_key = a.journey_key
        ON CONFLICT (journey_key) DO UPDATE SET {Updates}
        """;

    // Every appointment row of a journey counts for its row of figures; only treatment ones for its counts.
    private const string Treatment = "purpose = 'treatment' AND";

    private const string InRange = "($1::text IS NULL OR journey_key >= $1) AND ($2::text IS NULL OR journey_key < $2)";

    /// <summary>Stores the figures of the journeys <c>$1</c> (their rows locked first, see the store).</summary>
    public static readonly string Refresh = StoreFor("SELECT DISTINCT unnest($1::text[]) AS journey_key");

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
