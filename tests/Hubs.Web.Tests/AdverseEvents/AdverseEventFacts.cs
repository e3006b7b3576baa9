using Hubs.Web.Features.AdverseEvents;
using Hubs.Web.Features.AdverseEvents.LoggingAdverseEvent;

namespace Hubs.Web.Tests.AdverseEvents;

/// <summary>An event and a register entry of Hub north, built through their own decisions and Apply methods.</summary>
internal static class AdverseEventFacts
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly Today = new(2026, 11, 23);

    public static AdverseEvent Logged(string hubId = "north", int targetHours = 72)
    {
        var decision = LogAdverseEventDecision.Decide(
            new LogAdverseEvent(" Emergency department ", Today.AddDays(-1), 4),
            Guid.NewGuid(),
            new AdverseEventSettings(hubId, targetHours, [7, 30]),
            Today,
            Now
        );
        return AdverseEvent.Create(Assert.IsType<AdverseEventLogged>(Assert.Single(decision.Events)));
    }

    public static PeerSupporter Supporter(string hubId = "north", DateOnly? refresherDue = null) =>
        PeerSupporter.Create(
            new PeerSupporterRegistered(
                Guid.NewGuid(),
                hubId,
                Guid.NewGuid(),
                "Jo Peer",
                Guid.NewGuid(),
                Today.AddMonths(-6),
                refresherDue ?? Today.AddMonths(6),
                Now
            )
        );

    public static AdverseEvent AssignedTo(this AdverseEvent adverse, PeerSupporter supporter) =>
        adverse.Apply(new PeerSupporterAssigned(adverse.Id, supporter.Id, supporter.AccountId, Now));

    public static AdverseEvent ContactedAt(this AdverseEvent adverse, DateTimeOffset at) =>
        adverse.Apply(new FirstContactRecorded(adverse.Id, at, at));
}
