using Hubs.Contracts.TeamActivities;

namespace Hubs.Contracts.HubWork;

/// <summary>
/// One step of the response to an adverse event ("second victim" support), <see cref="AdverseEventCodes.Steps"/>:
/// logged, first contact (how long it took as a band, and whether within the Hub's target), a check-in done (its day
/// mark) or a hand-over into self-referral offered. Every step carries the event's keyed pseudonym, the ISO week and
/// month it was logged in, the band of staff involved, the Hub's target in hours and the sector of the department
/// (a code of <see cref="HubWorkCodes.Sectors"/>; null for events logged before it was asked). Never the department,
/// a name, a date or the journey a hand-over led to.
/// </summary>
public sealed record AdverseEventRecorded(
    string ActivityKey,
    string HubId,
    long StreamVersion,
    string IsoWeek,
    string Month,
    string Step,
    string StaffInvolved,
    int FirstContactTargetHours,
    string? ResponseBand,
    bool? WithinTarget,
    int? DayMark,
    string? Sector = null
) : ITeamActivityMilestone;

public static class AdverseEventCodes
{
    public const string Logged = "logged";
    public const string FirstContact = "first-contact";
    public const string FollowUp = "follow-up";
    public const string HandOverOffered = "hand-over-offered";

    public static readonly IReadOnlyList<string> Steps = [Logged, FirstContact, FollowUp, HandOverOffered];

    /// <summary>
    /// How many staff were involved, as a band: a small Hub's exact head count could point at people.
    /// </summary>
    public static readonly IReadOnlyList<string> StaffBands = ["1", "2-4", "5-9", "10-or-more"];

    /// <summary>Hours from logging to first contact, as a band (the target itself is 24 to 72 hours).</summary>
    public static readonly IReadOnlyList<string> ResponseBands = ["under-24h", "24-72h", "over-72h"];
}
