using Hubs.Web.Features.Shared;

namespace Hubs.Web.Features.Wording.Clinic;

/// <summary>
/// The kinds of team-based support as the clinician pages name them; here, not in Journeys' <c>Words</c>, since
/// team activities use Journeys and Journeys must not use them back.
/// </summary>
public static class ActivityWords
{
    public static readonly IReadOnlyList<Choice> Kinds =
    [
        new(nameof(TeamActivityKind.TeamSession), "Team session"),
        new(nameof(TeamActivityKind.ResilienceWorkshop), "Resilience workshop"),
        new(nameof(TeamActivityKind.ReflectiveGroup), "Reflective group (clinical café, intervision)"),
        new(nameof(TeamActivityKind.PeerSupport), "Peer support session"),
        new(nameof(TeamActivityKind.PsychologicalFirstAid), "Psychological first aid"),
    ];

    /// <summary>The one-minute rating's answers (<c>RatingTeamSession</c>).</summary>
    public static readonly IReadOnlyList<Choice> SessionValues =
    [
        new(nameof(SessionValue.Very), "Very valuable"),
        new(nameof(SessionValue.Quite), "Quite valuable"),
        new(nameof(SessionValue.Somewhat), "Somewhat valuable"),
        new(nameof(SessionValue.ALittle), "A little valuable"),
        new(nameof(SessionValue.NotAtAll), "Not valuable"),
    ];

    public static readonly IReadOnlyList<Choice> FeltSafeChoices =
    [
        new(nameof(FeltSafe.Yes), "Yes"),
        new(nameof(FeltSafe.Partly), "Partly"),
        new(nameof(FeltSafe.No), "No"),
    ];
}
