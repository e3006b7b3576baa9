namespace Hubs.Web.Features.Clinicians;

/// <summary>
/// A clinician of a Hub as allocation sees them: keyed by their staff account id (the token's <c>sub</c>),
/// with the ways and times they work and what a keyworker may ask for in the person supporting them.
/// Codes match the keyworker's preference choices (modes: in-person, phone, video; out of hours:
/// early, late, weekend, nights) and <see cref="ClinicianWords"/>. Staff data, never a keyworker's, and never
/// sent to Insights (a small Hub's one Polish-speaking clinician is identifiable). One profile per person, shared
/// by every Hub they work for (<see cref="HubIds"/>, from their sign-in tokens); only whether they still work in a
/// Hub is that Hub's own (<see cref="LeftHubIds"/>). <c>HubId</c> is the Hub they joined first.
/// </summary>
public sealed record ClinicianProfile(Guid Id, string HubId, string Name)
{
    /// <summary>
    /// Every Hub they work for, as their tokens granted it (a profile stored before holds just HubId).
    /// </summary>
    public IReadOnlyList<string> HubIds { get; init; } = [HubId];

    /// <summary>The Hubs whose admin said they have left (each Hub says so for itself).</summary>
    public IReadOnlyList<string> LeftHubIds { get; init; } = [];

    public string Role { get; init; } = "Clinician";

    public IReadOnlyList<string> Professions { get; init; } = [];

    public IReadOnlyList<string> Modes { get; init; } = [];

    public IReadOnlyList<string> OutOfHours { get; init; } = [];

    public IReadOnlyList<string> Specialisms { get; init; } = [];

    /// <summary>The weekly sessions they work, Hub local time; free diary slots are cut from them.</summary>
    public IReadOnlyList<WorkingSession> WorkingPattern { get; init; } = [];

    public string? Gender { get; init; }

    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Self-described; only the clinician sets it, with <see cref="CulturalBackgroundAgreedAt"/>.</summary>
    public string? CulturalBackground { get; init; }

    /// <summary>When the clinician agreed to their background being used for allocation; null: not used.</summary>
    public DateTimeOffset? CulturalBackgroundAgreedAt { get; init; }

    /// <summary>Out-of-hours slots on the diary: day of week and start hour, local time.</summary>
    public IReadOnlyList<DiarySlot> OutOfHoursSlots { get; init; } = [];

    /// <summary>When the profile was made by their first sign-in (null for seeded profiles).</summary>
    public DateTimeOffset? JoinedAt { get; init; }

    public DateTimeOffset? ChangedAt { get; init; }

    /// <summary>0 when made; one more with each change (the ETag a change must name, see ProfileVersions).</summary>
    public long Version { get; init; }

    /// <summary>Whether the Hub lists them for allocation, diaries and facilitation: theirs, and not left.</summary>
    public bool WorksIn(string hubId) => HubIds.Contains(hubId) && !LeftHubIds.Contains(hubId);

    /// <summary>The background allocation may use: only one the clinician agreed to.</summary>
    public string? SharedBackground => CulturalBackgroundAgreedAt is null ? null : CulturalBackground;
}

/// <summary>A recurring slot a clinician offers outside office hours, e.g. Saturday 10:00 for 50 minutes.</summary>
public sealed record DiarySlot(DayOfWeek Day, int Hour, int Minutes = 50);

/// <summary>A weekly working session, e.g. Tuesday 18:00–21:00, in the Hub's local time.</summary>
public sealed record WorkingSession(DayOfWeek Day, TimeOnly From, TimeOnly To);
