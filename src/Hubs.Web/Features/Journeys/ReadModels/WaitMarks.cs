using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys.ReadModels;

/// <summary>What an open journey is waiting for, as the hub overview counts waits (OverseeingHub/WAITS.md).</summary>
public enum WaitStage
{
    Nothing,
    Triage,
    Assessment,
    Treatment,
    SecondAppointment,
}

/// <summary>
/// Where a journey's waits start and end, computed once per write on <see cref="JourneySummary"/> (and kept in its
/// own columns) so the hub overview counts a whole Hub's waits in the database instead of loading every journey.
/// </summary>
public static class WaitMarks
{
    /// <summary>The attended treatment appointments' start times, earliest first.</summary>
    public static IReadOnlyList<DateTimeOffset> AttendedTreatments(this IReadOnlyList<Appointment> appointments) =>
        appointments
            .Where(a => a is { Purpose: AppointmentPurpose.Treatment, State: AppointmentState.Attended })
            .Select(a => a.StartsAt)
            .Order()
            .ToList();

    public static WaitStage StageOf(IJourneyFacts journey, int attendedTreatments) =>
        journey switch
        {
            { HasEnded: true } => WaitStage.Nothing,
            { Status: JourneyStatus.Submitted or JourneyStatus.Screened } => WaitStage.Triage,
            { Status: JourneyStatus.Triaged } => WaitStage.Assessment,
            { AssessedAt: not null } when attendedTreatments == 0 => WaitStage.Treatment,
            _ when attendedTreatments == 1 => WaitStage.SecondAppointment,
            _ => WaitStage.Nothing,
        };
}
