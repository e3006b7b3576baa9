namespace Hubs.Web.Features.Journeys;

/// <summary>
/// When an appointment may be set (project rule): not in the past, ending after it starts, lasting
/// 10 minutes to 4 hours, and no more than a year ahead.
/// </summary>
public static class AppointmentTimes
{
    public const int ShortestMinutes = 10;
    public const int LongestMinutes = 240;
    public static readonly TimeSpan FurthestAhead = TimeSpan.FromDays(366);

    /// <summary>A refusal when the time breaks a rule; null when it may be booked.</summary>
    public static Decision? Refuse(DateTimeOffset startsAt, int durationMinutes, DateTimeOffset now) =>
        true switch
        {
            _ when startsAt < now => Decision.Refuse(
                "appointment-in-past",
                "An appointment cannot start in the past; choose a time from now on."
            ),
            _ when durationMinutes <= 0 => Decision.Refuse(
                "appointment-ends-before-start",
                "An appointment must end after it starts."
            ),
            _ when durationMinutes < ShortestMinutes => Decision.Refuse(
                "appointment-too-short",
                $"An appointment lasts at least {ShortestMinutes} minutes."
            ),
            _ when durationMinutes > LongestMinutes => Decision.Refuse(
                "appointment-too-long",
                $"An appointment lasts at most {LongestMinutes} minutes."
            ),
            _ when startsAt - now > FurthestAhead => Decision.Refuse(
                "appointment-too-far-ahead",
                "An appointment can be booked at most a year ahead."
            ),
            _ => null,
        };
}
