namespace Hubs.Web.Features.Clinicians;

/// <summary>
/// A clinician of a Hub as allocation sees them: keyed by their staff account id (the token's <c>sub</c>),
/// with the ways and times they work and what a keyworker may ask for in the person supporting them.
/// Codes match the keyworker's preference choices (modes: in-person, phone, video; out of hours:
/// early, late, weekend, nights). Staff data, never a keyworker's.
/// </summary>
public sealed record ClinicianProfile(Guid Id, string HubId, string Name)
{
    public string Role { get; init; } = "Clinician";

    public IReadOnlyList<string> Modes { get; init; } = [];

    public IReadOnlyList<string> OutOfHours { get; init; } = [];

    public string? Gender { get; init; }

    public IReadOnlyList<string> Languages { get; init; } = [];

    public string? CulturalBackground { get; init; }

    /// <summary>Out-of-hours slots on the diary: day of week and start hour, local time.</summary>
    public IReadOnlyList<DiarySlot> OutOfHoursSlots { get; init; } = [];

    public bool Active { get; init; } = true;
}

/// <summary>A recurring slot a clinician offers outside office hours, e.g. Saturday 10:00 for 50 minutes.</summary>
public sealed record DiarySlot(DayOfWeek Day, int Hour, int Minutes = 50);
