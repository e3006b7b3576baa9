namespace Hubs.Contracts.Journeys;

/// <summary>
/// A hub lead allocated the journey to a clinician: only whether the clinician met the characteristics the keyworker
/// ticked at self-referral (<see cref="AllocationCodes"/>), never which ones, the clinician or the keyworker's words.
/// A re-allocation replaces the earlier one (the stream version decides).
/// </summary>
public sealed record JourneyAllocated(
    string JourneyKey,
    string HubId,
    long StreamVersion,
    string IsoWeek,
    string Month,
    string Wishes
) : IJourneyMilestone;

/// <summary>
/// An appointment was booked or moved: its place among the journey's bookings, its purpose and whether it falls
/// outside the Hub's opening hours; week and month are those of its start. The later version wins.
/// </summary>
public sealed record AppointmentScheduled(
    string JourneyKey,
    string HubId,
    long StreamVersion,
    string IsoWeek,
    string Month,
    int AppointmentNumber,
    string Purpose,
    bool OutOfHours
) : IJourneyMilestone;

/// <summary>
/// How far an allocation met the clinician characteristics the keyworker ticked (language, culture, gender).
/// </summary>
public static class AllocationCodes
{
    public const string NoneStated = "none-stated";
    public const string Met = "met";
    public const string PartlyMet = "partly-met";
    public const string NotMet = "not-met";

    public static readonly IReadOnlyList<string> Wishes = [Met, PartlyMet, NotMet, NoneStated];
}
