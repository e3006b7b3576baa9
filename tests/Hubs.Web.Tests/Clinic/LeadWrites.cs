using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Access;
using Marten;

namespace Hubs.Web.Tests.Clinic;

/// <summary>
/// Arranges a journey's state through the one write path, as its Hub's lead (who may write any of it).
/// </summary>
public static class LeadWrites
{
    public static Task<AppendOutcome> TryAsync(
        IDocumentSession session,
        Guid journeyId,
        long expected,
        string hubId,
        Func<Journey, Decision> decide,
        CancellationToken cancellationToken
    ) =>
        JourneyWrites.TryAsync(
            session,
            journeyId,
            expected,
            new JourneyCaller(null, new StaffMember(Guid.NewGuid(), StaffRole.HubLead, hubId)),
            AccessModel.WriteRecord,
            DateTimeOffset.UtcNow,
            (journey, _) => decide(journey),
            cancellationToken
        );
}
