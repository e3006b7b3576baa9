using System.Collections.Frozen;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// The event types <see cref="MilestoneMapper"/> maps to a contract: the union of the types each family of milestones
/// declares beside its mapping, so there is one list. The mapper maps no other type (its first arm), and the
/// rebuild's export reads only these from the event log (never deserialising the rest): what is published live and
/// what a rebuild replays cannot fall out of step.
/// </summary>
public static class MappedEvents
{
    private static readonly EventTypes[] Families =
    [
        ReferralMilestones.Types,
        JourneyMilestones.Types,
        PathwayMilestones.Types,
        OnwardMilestones.Types,
        EvaluationMilestones.Types,
        TeamMilestones.Types,
        GroupMilestones.Types,
        AdverseEventMilestones.Types,
        WorkshopMilestones.Types,
        ConsultationMilestones.Types,
        OutreachMilestones.Types,
    ];

    public static readonly IReadOnlyList<Type> All = [.. Families.SelectMany(f => f.All)];

    private static readonly FrozenSet<Type> Set = All.ToFrozenSet();

    public static bool Contains(object data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Set.Contains(data.GetType());
    }
}
