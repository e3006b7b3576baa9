using System.Globalization;
using Hubs.Web.Features.Shared;

namespace Hubs.Web.Features.Wording.PeerSupport;

/// <summary>The response clock and register in the pages' words (here, as team activities keep theirs).</summary>
public static class AdverseEventWords
{
    public static readonly IReadOnlyList<Choice> Availability =
    [
        new("true", "Available to take events"),
        new("false", "Not at the moment"),
    ];

    /// <summary>Whether a register entry is offered for new events today, and if not, why.</summary>
    public static string Standing(bool archived, bool available, bool refresherInDate) =>
        archived ? "No: left the register"
        : !available ? "No: not available at the moment"
        : !refresherInDate ? "No: refresher overdue"
        : "Yes";

    public static string Step(ResponseStep step, int? dayMark) =>
        step switch
        {
            ResponseStep.FirstContact => "First contact",
            ResponseStep.FollowUp => CheckIn(dayMark ?? 0),
            _ => "All contacts recorded",
        };

    public static string CheckIn(int dayMark) =>
        dayMark switch
        {
            7 => "1-week check-in",
            30 => "1-month check-in",
            _ => $"{dayMark.ToString(CultureInfo.InvariantCulture)}-day check-in",
        };

    /// <summary>The check-ins still to record (day marks), in order.</summary>
    public static IReadOnlyList<Choice> CheckIns(IEnumerable<int> dayMarksLeft) =>
        [.. dayMarksLeft.Order().Select(d => new Choice(d.ToString(CultureInfo.InvariantCulture), CheckIn(d)))];

    /// <summary>A typed yyyy-MM-dd date (the browser's date input), or null.</summary>
    public static DateOnly? Day(string? typed) => WorkDay.Parse(typed);

    /// <summary>Whole numbers typed as a list ("7, 30" or "7 30"), or null when any of them is not one.</summary>
    public static IReadOnlyList<int>? Days(string? typed)
    {
        var parts = (typed ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries);
        var days = parts
            .Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : (int?)null)
            .ToList();
        return days.Any(d => d is null) ? null : [.. days.Select(d => d!.Value)];
    }

    public static string Show(DateOnly day) => WorkDay.Show(day);
}
