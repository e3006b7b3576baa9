namespace Hubs.Insights.Store;

/// <summary>
/// One row per referred journey with its milestones merged and its treatment figures as stored
/// (<see cref="JourneyTreatmentSql"/>; a journey with no appointment or measure rows has none: no appointments, no
/// scores), and its first and last result of every measure beyond PHQ-9 and GAD-7 and the brief screens, by stream
/// version (the first the earliest, the last the latest when there is more than one), as arrays in measure order.
/// The pairs are read with the journey, so that a reader can sum each journey as it comes and keep none of them
/// (<see cref="JourneyCellsSum"/>), and only for a journey with a result stored (its key probed first): most have
/// none, and the aggregates and sort begun for each of those were a quarter of a refill's read. Parameters: Hubs,
/// referral months from and to, sector, and the months of a period of open waits and the journey keys
/// (<see cref="JourneyFactsFilter"/>).
/// </summary>
internal static class JourneyFactsQuery
{
    public const string Sql = """
        SELECT f.journey_key, f.hub_id, f.referral_month, f.sector, f.staff_group,
               f.ethnicity_group, f.sex, f.age_band, f.disability, coalesce(f.is_re_referral, false),
               f.screening_version IS NOT NULL, f.phq9_caseness, f.gad7_caseness, f.screening_risk,
               f.triage_outcome, f.intervention, f.days_to_assessment, f.discharge_reason,
                   f.withdrawal_version IS NOT NULL,
               t.first_treatment, coalesce(t.attended, 0), coalesce(t.missed, 0), coalesce(t.by_client, 0),
                   coalesce(t.by_hub, 0), coalesce(t.offered, 0),
               t.first_phq9, t.last_phq9, t.first_gad7, t.last_gad7, t.second_treatment - t.first_treatment,
               f.referral_week, f.triage_month, f.assessment_month, t.first_treatment_month,
                   least(f.discharge_month, f.withdrawal_month),
               p.measures, p.first_bands, p.first_caseness, p.last_bands, p.last_caseness
        FROM insights.journey_facts f
        LEFT JOIN insights.journey_treatment t ON t.journey_key = f.journey_key
        LEFT JOIN LATERAL (
            SELECT pairs.* FROM (
              SELECT 1 FROM insights.measure_results e WHERE e.journey_key = f.journey_key LIMIT 1
            ) has_any CROSS JOIN LATERAL (
            SELECT array_agg(measure ORDER BY measure) AS measures,
                   array_agg(first_band ORDER BY measure) AS first_bands,
                   array_agg(first_caseness ORDER BY measure) AS first_caseness,
                   array_agg(last_band ORDER BY measure) AS last_bands,
                   array_agg(last_caseness ORDER BY measure) AS last_caseness
            FROM (SELECT measure, (array_agg(band ORDER BY stream_version))[1] AS first_band,
                         (array_agg(coalesce(at_caseness, false) ORDER BY stream_version))[1] AS first_caseness,
                         CASE WHEN count(*) > 1
                              THEN (array_agg(band ORDER BY stream_version DESC))[1] END AS last_band,
                         CASE WHEN count(*) > 1
                              THEN (array_agg(coalesce(at_caseness, false) ORDER BY stream_version DESC))[1]
                         END AS last_caseness
                  FROM insights.measure_results r
                  WHERE r.journey_key = f.journey_key AND r.measure NOT IN ('phq9', 'gad7', 'phq2', 'gad2')
                    AND ($1::text[] IS NULL OR r.hub_id = ANY($1))
                  GROUP BY measure) by_measure
            ) pairs
        ) p ON true
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
                              OR t.first_treatment_month IS NULL OR t.first_treatment_month > $5)))))
          AND ($7::text[] IS NULL OR f.journey_key = ANY($7))
        ORDER BY f.journey_key
        """;
}
