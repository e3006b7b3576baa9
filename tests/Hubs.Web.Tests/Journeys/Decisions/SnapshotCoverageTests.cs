using System.Reflection;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Tests.Journeys.Decisions;

/// <summary>
/// Every event of a journey stream passes through the <see cref="Journey"/> snapshot; otherwise its version
/// falls behind the stream's and every staff write answers 409. Unmarked events are refused at save
/// (see <c>SnapshotVersionTests</c>), so the marker finds them all.
/// </summary>
public class SnapshotCoverageTests
{
    [Fact]
    public void Every_journey_event_type_is_applied_by_the_snapshot()
    {
        var events = typeof(Journey)
            .Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IJourneyEvent).IsAssignableFrom(t))
            .ToList();
        var handled = typeof(Journey)
            .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(m => m.Name is "Apply" or "Create" && m.GetParameters().Length == 1)
            .Select(m => m.GetParameters()[0].ParameterType)
            .ToHashSet();

        Assert.True(events.Count >= 19, $"only {events.Count} journey event types found");
        Assert.Empty(events.Where(e => !handled.Contains(e)).Select(e => e.Name));
    }
}
