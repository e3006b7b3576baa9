namespace Hubs.Web.Features.Clinicians;

/// <summary>
/// The days a working pattern covers an out-of-hours time the keyworker asked for (project rule, matching the
/// keyworker's choices): early = a weekday session starting before 08:00; late = a weekday session ending after
/// 18:00; weekend = any Saturday or Sunday session. "Nights" (daytime for night workers) is not a clock time: the
/// admin ticks it.
/// </summary>
public static class OutOfHoursDays
{
    private static readonly TimeOnly EarlyBefore = new(8, 0);
    private static readonly TimeOnly LateAfter = new(18, 0);

    public static IReadOnlyList<DayOfWeek> Of(IEnumerable<WorkingSession> pattern, string code) =>
        [
            .. pattern
                .Where(s =>
                    code switch
                    {
                        "early" => Weekday(s.Day) && s.From < EarlyBefore,
                        "late" => Weekday(s.Day) && s.To > LateAfter,
                        "weekend" => !Weekday(s.Day),
                        _ => false,
                    }
                )
                .Select(s => s.Day)
                .Distinct()
                .OrderBy(d => ((int)d + 6) % 7),
        ];

    private static bool Weekday(DayOfWeek day) => day is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}
