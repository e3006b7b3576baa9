using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Wording.Clinic;

/// <summary>
/// The clinician's words for the journey's codes, each code mapped here once. It sits in the Journeys slice
/// that owns the codes (a Wording slice of its own would sit in a circle with the journey pages using it).
/// Every value is named: a new value without words throws (and fails WordingTests) rather than showing
/// another value's words.
/// </summary>
public static partial class ClinicWords
{
    public static string Of(JourneyStatus status) =>
        status switch
        {
            JourneyStatus.Submitted => "Awaiting triage",
            JourneyStatus.Screened => "Screened, awaiting triage",
            JourneyStatus.Triaged => "Awaiting assessment",
            JourneyStatus.Assessed => "Assessed, awaiting allocation",
            JourneyStatus.Waiting => "Waiting for treatment",
            JourneyStatus.InSupport => "In support",
            JourneyStatus.ClosedAtTriage => "Closed at triage",
            JourneyStatus.Discharged => "Discharged",
            JourneyStatus.Withdrawn => "Withdrawn",
            _ => throw Unnamed(status),
        };

    public static string Of(RiskLevel risk) =>
        risk switch
        {
            RiskLevel.Urgent => "Urgent risk",
            RiskLevel.Flag => "Risk flag",
            RiskLevel.None => "No risk flag",
            _ => throw Unnamed(risk),
        };

    /// <summary>The level a risk assessment records, as the assessment form and the risk panel say it.</summary>
    public static string Assessed(RiskLevel level) =>
        level switch
        {
            RiskLevel.Urgent => "High risk: act today",
            RiskLevel.Flag => "Some risk: review at every contact",
            RiskLevel.None => "No current risk identified",
            _ => throw Unnamed(level),
        };

    public static string Of(AppointmentState state) =>
        state switch
        {
            AppointmentState.Booked => "Booked",
            AppointmentState.Attended => "Attended",
            AppointmentState.NotAttended => "Did not attend",
            AppointmentState.CancelledByClient => "Cancelled by client",
            AppointmentState.CancelledByHub => "Cancelled by Hub",
            _ => throw Unnamed(state),
        };

    /// <summary>The keyworker's open request on an appointment (their reason is in the journey's timeline).</summary>
    public static string Of(AppointmentChangeKind kind) => "The keyworker " + Asked(kind);

    public static string Asked(AppointmentChangeKind kind) =>
        kind switch
        {
            AppointmentChangeKind.Reschedule => "asked for a different time",
            AppointmentChangeKind.Cancel => "asked to cancel",
            _ => throw Unnamed(kind),
        };

    public static string Of(ContactMode mode) =>
        mode switch
        {
            ContactMode.InPerson => "In person",
            ContactMode.Phone => "Phone",
            ContactMode.Video => "Video",
            _ => throw Unnamed(mode),
        };

    /// <summary>How a keyworker agreed to be contacted, lower case for a list ("phone, text message").</summary>
    public static string Of(ContactChannel channel) =>
        channel switch
        {
            ContactChannel.Phone => "phone",
            ContactChannel.Text => "text message",
            ContactChannel.Email => "email",
            _ => throw Unnamed(channel),
        };

    /// <summary>What a staff search looked people up by, for the search audit.</summary>
    public static string Of(SearchKind kind) =>
        kind switch
        {
            SearchKind.Name => "name",
            SearchKind.DateOfBirth => "date of birth",
            SearchKind.Email => "email address",
            SearchKind.Reference => "reference",
            _ => throw Unnamed(kind),
        };

    /// <summary>A score's change from the first one, in the measure tables and the end-of-support table.</summary>
    public static string Of(Change change) =>
        change switch
        {
            Change.ReliableImprovement => "Reliable improvement",
            Change.ReliableDeterioration => "Reliable deterioration",
            Change.None => "No reliable change",
            _ => throw Unnamed(change),
        };

    private static ArgumentOutOfRangeException Unnamed<T>(T value)
        where T : struct, Enum => new(nameof(value), value, $"No clinician words for {typeof(T).Name}.{value}.");
}
