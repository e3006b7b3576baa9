using System.Runtime.CompilerServices;
using Hubs.Web.Features.AdverseEvents;
using Hubs.Web.Features.GroupSupport;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Publishing;
using Hubs.Web.Features.TeamActivities;

namespace Hubs.Web.Tests.Publishing;

/// <summary>
/// A page's journey snapshots are read for the events whose mapping needs one: not for the referral (its event
/// carries all it maps), and not for a group series, an adverse event or a team activity, which are not journeys.
/// Each such stream read as a journey was found missing, so read again at every page of the export.
/// </summary>
public class MilestoneContextStreamsTests
{
    [Fact]
    public void Only_journey_events_after_the_referral_have_their_journey_read()
    {
        var booked = Guid.NewGuid();
        IReadOnlyList<JasperFx.Events.IEvent> page =
        [
            Mapping.Recorded(Event<SelfReferralSubmitted>(), Guid.NewGuid()),
            Mapping.Recorded(Event<AppointmentBooked>(), booked),
            Mapping.Recorded(Event<GroupMeetingHeld>(), Guid.NewGuid()),
            Mapping.Recorded(Event<AdverseEventLogged>(), Guid.NewGuid()),
            Mapping.Recorded(Event<TeamActivityHeld>(), Guid.NewGuid()),
        ];

        Assert.Equal([booked], MilestoneContext.JourneyStreams(page));
    }

    private static T Event<T>() => (T)RuntimeHelpers.GetUninitializedObject(typeof(T));
}
