using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Publishing;
using Hubs.Web.Features.TeamActivities;
using JasperFx.Events;

namespace Hubs.Web.Tests.Publishing;

/// <summary>
/// Maps events as the publisher does: recorded in a stream at a version, with the stream's snapshot beside them.
/// </summary>
internal static class Mapping
{
    public static readonly Pseudonymiser Keys = new(Convert.ToBase64String(new byte[32]));
    public static readonly MilestoneMapper Mapper = new(
        Keys,
        new CoarseCalendar(TimeZoneInfo.FindSystemTimeZoneById("Europe/London"))
    );

    public static IEvent Recorded(object data, Guid streamId, long version = 2)
    {
        var recorded = (IEvent)Activator.CreateInstance(typeof(Event<>).MakeGenericType(data.GetType()), data)!;
        recorded.StreamId = streamId;
        recorded.Version = version;
        recorded.Id = Guid.NewGuid();
        return recorded;
    }

    public static object? Map(object data, Journey journey, long version = 2) =>
        Mapper.Map(
            Recorded(data, journey.Id, version),
            new MilestoneContext(
                new Dictionary<Guid, JourneyMapping> { [journey.Id] = JourneyMapping.Of(journey) },
                new Dictionary<Guid, TeamActivity>()
            )
        );

    public static object? Map(object data, TeamActivity activity, long version = 2) =>
        Mapper.Map(
            Recorded(data, activity.Id, version),
            new MilestoneContext(
                new Dictionary<Guid, JourneyMapping>(),
                new Dictionary<Guid, TeamActivity> { [activity.Id] = activity }
            )
        );

    /// <summary>
    /// An event of another stream of Hub work (adverse event, workshop, ...) beside its stream's snapshot.
    /// </summary>
    public static object? MapWork(object data, Guid streamId, object snapshot, long version = 2) =>
        Mapper.Map(
            Recorded(data, streamId, version),
            MilestoneContext.Empty with
            {
                HubWork = new Dictionary<Guid, object> { [streamId] = snapshot },
            }
        );
}
