using Hubs.Web.Features.Shared;

namespace Hubs.Web.Features.Wording.PeerSupport;

/// <summary>
/// Reflective group series in the pages' words (here, as team activities and adverse events keep theirs).
/// </summary>
public static class GroupWords
{
    public static readonly IReadOnlyList<Choice> Kinds =
    [
        new(nameof(GroupKind.IntervisionGroup), "Intervision group", "Peers reflect on cases and their own reactions"),
        new(nameof(GroupKind.ClinicalCafe), "Clinical café", "A regular peer case-discussion meeting"),
    ];

    public static readonly IReadOnlyList<Choice> Cadences =
    [
        new(nameof(GroupCadence.Weekly), "Weekly"),
        new(nameof(GroupCadence.Fortnightly), "Every two weeks"),
        new(nameof(GroupCadence.Monthly), "Monthly"),
        new(nameof(GroupCadence.Quarterly), "Every three months"),
    ];

    public static readonly IReadOnlyList<Choice> ProfessionMixes =
    [
        new(nameof(GroupMix.Same), "The same profession"),
        new(nameof(GroupMix.Mixed), "Mixed professions"),
    ];

    public static readonly IReadOnlyList<Choice> DepartmentMixes =
    [
        new(nameof(GroupMix.Same), "The same department"),
        new(nameof(GroupMix.Mixed), "Several departments"),
    ];

    public static readonly IReadOnlyList<Choice> CancelReasons =
    [
        new(nameof(MeetingCancellationReason.ClinicalPressures), "Clinical pressures or workload"),
        new(nameof(MeetingCancellationReason.FacilitatorUnavailable), "The facilitator was not available"),
        new(nameof(MeetingCancellationReason.TooFewMembers), "Too few members could come"),
        new(nameof(MeetingCancellationReason.ProtectedTimeWithdrawn), "Protected time was withdrawn"),
        new(nameof(MeetingCancellationReason.RoomOrTimeUnavailable), "No room or time slot"),
        new(nameof(MeetingCancellationReason.Other), "Another reason"),
    ];

    public static IReadOnlyList<Choice> Sectors { get; } =
    [.. Enum.GetValues<Sector>().Select(s => new Choice(s.ToString(), KeyworkerWords.Of(s)))];

    public static string Of(GroupKind kind) => Words.Of(Kinds, (GroupKind?)kind);

    public static string Of(GroupCadence cadence) => Words.Of(Cadences, (GroupCadence?)cadence);

    public static string Of(MeetingCancellationReason? reason) => Words.Of(CancelReasons, reason);

    /// <summary>A series as its lists name it: kind and hosting department (never a person).</summary>
    public static string Title(GroupKind kind, string department) => $"{Of(kind)}, {department}";

    public static string Facilitator(FacilitatorKind kind, string? externalRole, string? name) =>
        kind switch
        {
            FacilitatorKind.HubClinician => $"{name ?? "A Hub clinician"} (Hub clinician)",
            FacilitatorKind.PeerSupporter => $"{name ?? "A peer supporter"} (peer supporter)",
            _ => $"External intervisor: {externalRole}",
        };

    /// <summary>A meeting's state; a held one with its attendance and the counts of its ratings.</summary>
    public static string Status(
        MeetingStatus status,
        MeetingCancellationReason? reason,
        int? attended,
        (int Ratings, int FoundUseful, int FeltSafe) rated
    ) =>
        status switch
        {
            MeetingStatus.Held when rated.Ratings > 0 => $"Held: {attended} attended; "
                + $"{rated.Ratings} rated ({rated.FoundUseful} found it useful, {rated.FeltSafe} felt safe)",
            MeetingStatus.Held => $"Held: {attended} attended",
            MeetingStatus.Cancelled => $"Cancelled: {Of(reason)}",
            _ => "Scheduled",
        };

    public static string Show(DateOnly day) => AdverseEventWords.Show(day);

    public static string Composition(GroupMix professions, GroupMix departments, int minSize, int maxSize)
    {
        var profession = professions == GroupMix.Same ? "one profession" : "mixed professions";
        var department = departments == GroupMix.Same ? "one department" : "several departments";
        return $"{profession}, {department}; {minSize} to {maxSize} members";
    }
}
