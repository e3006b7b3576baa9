namespace Hubs.Insights.Store;

/// <summary>
/// One row per referred journey with its milestones merged: appointment counts, the wait to first
/// treatment and the hidden wait (first to second attended treatment appointment) from its appointment rows, the first
/// and last PHQ-9 and GAD-7 by stream version, each measure on its own, from the assessment and session pairs and the
/// clinician-given results (screening results are not paired). A last score is a later one than the first that was
/// not taken at the assessment (src/DOMAIN-RULES.md, "Outcomes", paired scores). Parameters: Hubs, referral months
/// from and to, sector, and the months of a period of open waits (<see cref="JourneyFactsFilter"/>).
/// </summary>
internal static class JourneyFactsQuery
{
    public const string Sql = """
        SELECT f.journey_key, f.hub_id, f.referral_month, f.sector, f.staff_group,
               f.ethnicity_group, f.sex, f.age_band, f.disability, coalesce(f.is_re_referral, false),
               f.screening_version IS NOT NULL, f.phq9_caseness, f.gad7_caseness, f.screening_risk,
               f.triage_outcome, f.intervention, f.days_to_assessment, f.discharge_reason,
                   f.withdrawal_version IS NOT NULL,
               a.first_treatment, a.attended, a.missed, a.by_client, a.by_hub, a.offered,
               m.first_phq9, m.last_phq9, m.first_gad7, m.last_gad7, a.second_treatment - a.first_treatment,
               f.referral_week, f.triage_month, f.assessment_month, a.first_treatment_month,
                   least(f.discharge_month, f.withdrawal_month)
        FROM insights.journey_facts f
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
            WHERE x.journey_key = f.journey_key AND x.purpose = 'treatment') a
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
                    FROM insights.journey_measures y WHERE y.journey_key = f.journey_key
                    UNION ALL
                    SELECT 'gad7', gad7, stream_version, occasion
                    FROM insights.journey_measures y WHERE y.journey_key = f.journey_key
                    UNION ALL
                    SELECT measure, total, stream_version, occasion
                    FROM insights.measure_results r
                    WHERE r.journey_key = f.journey_key AND r.measure IN ('phq9', 'gad7')
                      AND r.occasion <> 'screening' AND r.total IS NOT NULL
                ) scores
            ) s) m
        WHERE f.referral_month IS NOT NULL
          AND ($1::text[] IS NULL OR f.hub_id = ANY($1))
          AND ($2::text IS NULL OR f.referral_month >= $2)
          AND ($3::text IS NULL OR f.referral_month <= $3)
          AND ($4::text IS NULL OR f.sector = $4)
          AND ($5::text IS NULL OR (
                f.referral_month <= $6
                AND (least(f.discharge_month, f.withdrawal_month) IS NULL
                     OR least(f.discharge_month, f.withdrawal_month) > $5)
                AND (f.triage_month IS NULL OR f.triage_month > $5
                     OR (f.triage_outcome = 'assess'
                         AND (f.assessment_month IS NULL OR f.assessment_month > $5
                              OR a.first_treatment_month IS NULL OR a.first_treatment_month > $5)))))
        ORDER BY f.journey_key
        """;
}
