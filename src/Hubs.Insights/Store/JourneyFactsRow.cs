using Hubs.Insights.Metrics;
using Npgsql;

namespace Hubs.Insights.Store;

/// <summary>One row of <see cref="JourneyFactsQuery"/> as <see cref="JourneyFacts"/>.</summary>
internal static class JourneyFactsRow
{
    public static JourneyFacts Read(NpgsqlDataReader row) =>
        new(row.GetString(0), row.GetString(1), row.GetString(2))
        {
            Sector = Stated(row, 3),
            StaffGroup = Stated(row, 4),
            Equity = new EquityGroups(Stated(row, 5), Stated(row, 6), Stated(row, 7), Stated(row, 8)),
            IsReReferral = row.GetBoolean(9),
            Screened = row.GetBoolean(10),
            ScreenedAtCaseness = Caseness(Flag(row, 11), Flag(row, 12)),
            ScreeningRisk = Text(row, 13),
            TriageOutcome = Text(row, 14),
            Intervention = Text(row, 15),
            DaysToAssessment = Number(row, 16),
            DischargeReason = Text(row, 17) is { } reason ? DischargeReasonCodes.Parse(reason) : null,
            Withdrawn = row.GetBoolean(18),
            DaysToFirstTreatment = Number(row, 19),
            AttendedTreatmentAppointments = row.GetInt32(20),
            DidNotAttendAppointments = row.GetInt32(21),
            CancelledByClientAppointments = row.GetInt32(22),
            CancelledByHubAppointments = row.GetInt32(23),
            AppointmentsOffered = row.GetInt32(24),
            FirstPhq9 = Number(row, 25),
            LastPhq9 = Number(row, 26),
            FirstGad7 = Number(row, 27),
            LastGad7 = Number(row, 28),
            DaysFirstToSecondTreatment = Number(row, 29),
            Months = new MilestoneMonths(Text(row, 30), Text(row, 31), Text(row, 32), Text(row, 33), Text(row, 34)),
            Measures = row.IsDBNull(35) ? JourneyFacts.NoMeasures : Pairs(row),
        };

    /// <summary>The measure pairs' arrays (columns 35 to 39), one element a measure.</summary>
    private static Dictionary<string, MeasurePair> Pairs(NpgsqlDataReader row)
    {
        var measures = row.GetFieldValue<string[]>(35);
        var firstBands = row.GetFieldValue<string[]>(36);
        var firstCaseness = row.GetFieldValue<bool[]>(37);
        var lastBands = row.GetFieldValue<string?[]>(38);
        var lastCaseness = row.GetFieldValue<bool?[]>(39);
        var pairs = new Dictionary<string, MeasurePair>(measures.Length, StringComparer.Ordinal);
        for (var i = 0; i < measures.Length; i++)
        {
            pairs[measures[i]] = new MeasurePair(firstBands[i], firstCaseness[i], lastBands[i], lastCaseness[i]);
        }

        return pairs;
    }

    /// <summary>At caseness on either measure; unknown only when neither was taken.</summary>
    private static bool? Caseness(bool? phq9, bool? gad7) =>
        phq9 is null && gad7 is null ? null : phq9 == true || gad7 == true;

    /// <summary>
    /// A band the keyworker chose not to give ("not-stated") and a missing one are one group, "Not stated".
    /// </summary>
    private static string? Stated(NpgsqlDataReader row, int i) =>
        Text(row, i) is { } code && code != "not-stated" ? code : null;

    private static string? Text(NpgsqlDataReader row, int i) => row.IsDBNull(i) ? null : row.GetString(i);

    private static int? Number(NpgsqlDataReader row, int i) => row.IsDBNull(i) ? null : row.GetInt32(i);

    private static bool? Flag(NpgsqlDataReader row, int i) => row.IsDBNull(i) ? null : row.GetBoolean(i);
}
