using System.Collections.Frozen;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// The event types of one family of milestones that have a contract, declared once beside the family's mapping in
/// <see cref="MilestoneMapper"/>: the mapper's arms test them, and <see cref="MappedEvents"/> is their union.
/// </summary>
public sealed class EventTypes(params Type[] types)
{
    private readonly FrozenSet<Type> _types = types.ToFrozenSet();

    public IReadOnlyList<Type> All { get; } = types;

    public bool Contains(object data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return _types.Contains(data.GetType());
    }
}
