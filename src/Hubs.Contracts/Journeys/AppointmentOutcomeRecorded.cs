namespace Hubs.Contracts.Journeys;

/// <summary>
/// An appointment was attended, missed (did not attend) or cancelled, and by whom
/// (<see cref="AppointmentOutcomes"/>). <see cref="AppointmentNumber"/> is the appointment's place in
/// the journey's bookings (1, 2, …), not an identifier; week, month and days since referral are those
/// of the appointment's start, so the first attended treatment appointment gives the wait to treatment.
/// </summary>
public sealed record AppointmentOutcomeRecorded(
    string JourneyKey,
    string HubId,
    long StreamVersion,
    string IsoWeek,
    string Month,
    int AppointmentNumber,
    string Purpose,
    string Outcome,
    int DaysSinceReferral
) : IJourneyMilestone;
