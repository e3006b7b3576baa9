
namespace Hubs.Web.Features.Wording.Clinic;

/// <summary>The record's words: where a risk came from, when a measure was given, why a record was opened.</summary>
public static partial class ClinicWords
{
    /// <summary>
    /// A value that was recorded and then destroyed with the keyworker's personal data (their data key destroyed),
    /// as every staff page says it: never as though it had not been recorded.
    /// </summary>
    public const string Destroyed = "(destroyed with the keyworker's personal data)";

    public static string Of(RiskSource source) =>
        source switch
        {
            RiskSource.Screening => "Screening",
            RiskSource.Session => "Treatment session",
            RiskSource.ClinicianConcern => "Clinician's concern",
            RiskSource.Message => "Something said in a message",
            RiskSource.BeforeSession => "Keyworker's answers before a session",
            RiskSource.CheckIn => "Waiting-well check-in",
            _ => throw Unnamed(source),
        };

    public static string Of(MeasureOccasion occasion) =>
        occasion switch
        {
            MeasureOccasion.Screening => "Screening",
            MeasureOccasion.Assessment => "Assessment",
            MeasureOccasion.Session => "Session",
            MeasureOccasion.Review => "Review",
            MeasureOccasion.Discharge => "Discharge",
            MeasureOccasion.PreSession => "Before a session (keyworker)",
            _ => throw Unnamed(occasion),
        };

    /// <summary>
    /// A point's short label under the record's PHQ-9 and GAD-7 charts ("Screen", "Assess", "S3", "Pre" for the
    /// keyworker's answers before a session).
    /// </summary>
    public static string ChartLabel(MeasureOccasion occasion, int? sessionNumber) =>
        occasion switch
        {
            MeasureOccasion.Screening => "Screen",
            MeasureOccasion.Assessment => "Assess",
            MeasureOccasion.PreSession => "Pre",
            MeasureOccasion.Review => "Review",
            MeasureOccasion.Discharge => "End",
            _ => $"S{sessionNumber}",
        };

    /// <summary>Why a staff member opened a record, as the audit page lists it.</summary>
    public static string Of(ReadPurpose purpose) =>
        purpose switch
        {
            ReadPurpose.DirectCare => "Direct care",
            ReadPurpose.Triage => "Triage",
            ReadPurpose.HubOversight => "Hub oversight",
            ReadPurpose.BreakGlass => "Break-glass",
            _ => throw Unnamed(purpose),
        };

    /// <summary>How many people's names a read put on screen (a workshop roster), for the audit view.</summary>
    public static string NamesShown(int count) => count == 1 ? "1 name shown" : $"{count} names shown";
}
