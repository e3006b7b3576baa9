namespace Hubs.Web.Features.GroupSupport.ReviewingSeries;

/// <summary>
/// What the lead looks for on a series overview (src/DOMAIN-RULES.md, "Reflective group series"): low attendance
/// when each of the last <see cref="Window"/> meetings held had fewer than the group's smallest size, and a
/// cancellation pattern when at least <see cref="CancellationsToFlag"/> of the last <see cref="Window"/> meetings
/// that are over (held or cancelled) were cancelled.
/// </summary>
public sealed record SeriesPatterns(
    int Held,
    int Cancelled,
    int Scheduled,
    bool LowAttendance,
    bool FrequentCancellations,
    IReadOnlyDictionary<MeetingCancellationReason, int> CancelReasons
)
{
    public const int Window = 3;
    public const int CancellationsToFlag = 2;

    public static SeriesPatterns Of(GroupSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var over = series.Meetings.Where(m => m.Status != MeetingStatus.Scheduled).OrderBy(m => m.StartsAt).ToList();
        var held = over.Where(m => m.Status == MeetingStatus.Held).ToList();
        var lastHeld = held.TakeLast(Window).ToList();
        var cancelled = over.Where(m => m.Status == MeetingStatus.Cancelled).ToList();
        return new(
            held.Count,
            cancelled.Count,
            series.Meetings.Count - over.Count,
            lastHeld.Count == Window && lastHeld.All(m => m.AttendanceCount < series.MinSize),
            over.TakeLast(Window).Count(m => m.Status == MeetingStatus.Cancelled) >= CancellationsToFlag,
            cancelled.GroupBy(m => m.CancelReason!.Value).ToDictionary(g => g.Key, g => g.Count())
        );
    }
}
