using System.Runtime.CompilerServices;
using Hubs.Web.Features.AdverseEvents;
using Hubs.Web.Features.Consultations;
using Hubs.Web.Features.GroupSupport;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Kernel;
using Hubs.Web.Features.Outreach;
using Hubs.Web.Features.Publishing;
using Hubs.Web.Features.ServiceDirectory;
using Hubs.Web.Features.TeamActivities;
using Hubs.Web.Features.Workshops;

namespace Hubs.Web.Tests.Publishing;

/// <summary>
/// The rebuild's export reads only <see cref="MappedEvents"/> from the event log: every other event type of every
/// stream must map to no contract, whatever its stream's snapshot (journey, team activity, group series or any
/// kind of Hub work), or the rebuild would miss its milestones.
/// </summary>
public class MappedEventsTests
{
    private static readonly Type[] Markers =
    [
        typeof(IJourneyEvent),
        typeof(ITeamActivityEvent),
        typeof(IServiceDirectoryEvent),
        typeof(IPeerSupportEvent),
        typeof(IHubWorkEvent),
        typeof(IWorkshopEvent),
    ];

    public static TheoryData<string> Unmapped() =>
        [
            .. typeof(MappedEvents)
                .Assembly.GetTypes()
                .Where(t => t is { IsClass: true, IsAbstract: false } && Markers.Any(m => m.IsAssignableFrom(t)))
                .Except(MappedEvents.All)
                .Select(t => t.FullName!),
        ];

    /// <summary>
    /// Every snapshot a stream of each kind may have: with all of them at hand, the mapper has no reason to map an
    /// event to nothing but that the event has no contract.
    /// </summary>
    private static readonly object[] HubWork =
    [
        Snapshot<AdverseEvent>(),
        Snapshot<Workshop>(),
        Snapshot<Consultation>(),
        Snapshot<OutreachContact>(),
    ];

    [Theory]
    [MemberData(nameof(Unmapped))]
    public void An_event_left_out_of_the_export_has_no_contract(string typeName)
    {
        var data = RuntimeHelpers.GetUninitializedObject(typeof(MappedEvents).Assembly.GetType(typeName)!);
        var stream = Guid.NewGuid();
        Assert.All(HubWork, work =>
        {
            var context = new MilestoneContext(
                new Dictionary<Guid, JourneyMapping> { [stream] = Snapshot<JourneyMapping>() },
                new Dictionary<Guid, TeamActivity> { [stream] = Snapshot<TeamActivity>() }
            )
            {
                Series = new Dictionary<Guid, GroupSeries> { [stream] = Snapshot<GroupSeries>() },
                HubWork = new Dictionary<Guid, object> { [stream] = work },
            };

            Assert.Null(Mapping.Mapper.Map(Mapping.Recorded(data, stream), context));
        });
    }

    [Fact]
    public void No_event_type_is_listed_twice() => Assert.Equal(MappedEvents.All.Distinct(), MappedEvents.All);

    [Fact]
    public void Every_exported_type_is_an_event_of_a_stream() =>
        Assert.All(MappedEvents.All, type => Assert.Contains(Markers, m => m.IsAssignableFrom(type)));

    private static T Snapshot<T>() => (T)RuntimeHelpers.GetUninitializedObject(typeof(T));
}
