using System.Globalization;

namespace Hubs.Web.Features.Clinicians.EditingProfile;

/// <summary>
/// Reads a working pattern as sent (API) or typed (page: "09:00-17:00, 18:00-20:00" per day) into sessions, or a
/// plain-English error: a day of the week, 24-hour times, each session ending after it starts, none overlapping.
/// </summary>
public static class WorkingPatternInput
{
    public const int MostSessions = 28;

    public static (IReadOnlyList<WorkingSession> Sessions, string? Error) Read(IEnumerable<WorkingSessionInput>? input)
    {
        var sessions = new List<WorkingSession>();
        foreach (var s in input ?? [])
        {
            if (!Enum.TryParse<DayOfWeek>(s.Day, ignoreCase: true, out var day) || int.TryParse(s.Day, out _))
            {
                return ([], "Name each working day, like Tuesday.");
            }

            if (!Time(s.From, out var from) || !Time(s.To, out var to))
            {
                return ([], $"Enter {day}'s times as 24-hour times, like 09:00-17:00.");
            }

            if (to <= from)
            {
                return ([], $"Each of {day}'s sessions must end after it starts.");
            }

            sessions.Add(new WorkingSession(day, from, to));
        }

        if (sessions.Count > MostSessions)
        {
            return ([], $"Enter at most {MostSessions} working sessions a week.");
        }

        var clash = sessions
            .GroupBy(s => s.Day)
            .FirstOrDefault(day =>
                day.OrderBy(s => s.From).Zip(day.OrderBy(s => s.From).Skip(1)).Any(p => p.Second.From < p.First.To)
            );
        return clash is null
            ? ([.. sessions.OrderBy(s => ((int)s.Day + 6) % 7).ThenBy(s => s.From)], null)
            : ([], $"{clash.Key}'s sessions overlap; enter each time once.");
    }

    /// <summary>One day's sessions as typed on the page ("09:00-12:00, 18:00-20:00"; blank: not working).</summary>
    public static IEnumerable<WorkingSessionInput> FromText(DayOfWeek day, string? typed) =>
        (typed ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('-', 2, StringSplitOptions.TrimEntries))
            .Select(times => new WorkingSessionInput(day.ToString(), times[0], times.ElementAtOrDefault(1) ?? ""));

    /// <summary>A day's sessions as the page shows them again ("09:00-12:00, 18:00-20:00").</summary>
    public static string ToText(IEnumerable<WorkingSession> pattern, DayOfWeek day) =>
        string.Join(", ", pattern.Where(s => s.Day == day).Select(s => $"{Show(s.From)}-{Show(s.To)}"));

    public static string Show(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static bool Time(string? typed, out TimeOnly time) =>
        TimeOnly.TryParseExact(
            (typed ?? "").Trim().Replace('.', ':'),
            ["H:mm", "HH:mm"],
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out time
        );
}
