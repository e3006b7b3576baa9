using Hubs.Contracts.TeamActivities;

namespace Hubs.Contracts.HubWork;

/// <summary>
/// One step of a resilience workshop (<see cref="WorkshopCodes.Steps"/>), with the workshop's keyed pseudonym, the
/// ISO week and month it starts in and the brief measure it takes: held (places booked and attended, counts), a
/// participant's measure paired before and after (how their band changed and by how many points their total
/// changed; a higher total is worse) or a coaching call held. Never a title, venue, facilitator or participant.
/// </summary>
public sealed record WorkshopRecorded(
    string ActivityKey,
    string HubId,
    long StreamVersion,
    string IsoWeek,
    string Month,
    string Step,
    string Measure,
    int? Booked,
    int? Attended,
    string? Change,
    int? TotalChange
) : ITeamActivityMilestone;

public static class WorkshopCodes
{
    public const string Held = "held";
    public const string MeasurePaired = "measure-paired";
    public const string CoachingCallHeld = "coaching-call-held";

    public static readonly IReadOnlyList<string> Steps = [Held, MeasurePaired, CoachingCallHeld];

    /// <summary>The band after the workshop against the band before it.</summary>
    public static readonly IReadOnlyList<string> Changes = ["better", "same", "worse"];
}
