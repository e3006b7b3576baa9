namespace Hubs.Insights.Store;

/// <summary>
/// <c>insights.journey_treatment</c>: one row per journey with appointment or measure rows, what those rows come to
/// (<see cref="JourneyTreatmentSql"/>), kept by the consumers and the rebuild in the transaction that writes the rows.
/// A store made before the table existed gets it filled from its rows once, when <c>migrate</c> creates it.
/// </summary>
internal static class JourneyTreatmentTable
{
    public static readonly string Ddl = $"""
        DO $migrate$ BEGIN
        IF to_regclass('insights.journey_treatment') IS NULL THEN
            CREATE TABLE insights.journey_treatment (
                journey_key text PRIMARY KEY,
                first_treatment integer,
                second_treatment integer,
                first_treatment_month text,
                attended integer,
                missed integer,
                by_client integer,
                by_hub integer,
                offered integer,
                first_phq9 integer,
                last_phq9 integer,
                first_gad7 integer,
                last_gad7 integer
            );
            WITH keys AS (
                SELECT journey_key FROM insights.journey_appointments
                UNION SELECT journey_key FROM insights.journey_measures
                UNION SELECT journey_key FROM insights.measure_results)
            INSERT INTO insights.journey_treatment (journey_key, {JourneyTreatmentSql.Columns})
            {JourneyTreatmentSql.Computed};
        END IF;
        END $migrate$;
        """;
}
