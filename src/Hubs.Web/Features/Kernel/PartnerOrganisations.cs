using System.Globalization;
using Hubs.Web.Features.Shared;

namespace Hubs.Web.Features.Kernel;

/// <summary>
/// The sector of an organisation the Hub works with: the same categories as a keyworker's sector on referral,
/// so reach and referrals can be set side by side.
/// </summary>
public enum PartnerSector
{
    Health,
    SocialCare,
    Police,
    Fire,
    CareHome,
    Other,
}

/// <summary>The kind of organisation a manager works in, or the Hub visited: a category, never its name.</summary>
public enum OrganisationType
{
    HospitalTrust,
    MentalHealthTrust,
    CommunityHealth,
    GpPractice,
    Ambulance,
    CareHome,
    HomeCare,
    SocialCareTeam,
    Police,
    Fire,
    Other,
}

/// <summary>
/// The day a piece of Hub work took place (a consultation, an outreach visit): it has happened, within the last
/// year — later records would be guesses, and a date in the future is a typing slip.
/// </summary>
public static class WorkDay
{
    /// <summary>A typed yyyy-MM-dd date (the browser's date input), or null.</summary>
    public static DateOnly? Parse(string? typed) =>
        DateOnly.TryParseExact(
            typed?.Trim(),
            "yyyy-MM-dd",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var d
        )
            ? d
            : null;

    public static string Show(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>The record's event when its day is one to keep, else the refusal.</summary>
    public static Decision Decide(DateOnly? day, DateOnly today, Func<DateOnly, object> recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        var held = day!.Value;
        return Check(held, today) is { } refusal ? new Decision([], refusal) : Decision.Accept(recorded(held));
    }

    public static Refusal? Check(DateOnly day, DateOnly today) =>
        day > today ? new Refusal("in-future", "The date cannot be in the future.")
        : day < today.AddYears(-1) ? new Refusal("too-long-ago", "Record work from the last year only.")
        : null;
}
