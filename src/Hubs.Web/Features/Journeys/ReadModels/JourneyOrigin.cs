using Hubs.Web.Features.Journeys.Events;
using JasperFx.Events;
using Marten;

namespace Hubs.Web.Features.Journeys.ReadModels;

/// <summary>
/// Where and when a journey began, for a read model that begins later than the referral (issue 22: a referral writes
/// only what holds something then): from the referral itself when it is among the events being applied (a new stream
/// seeded whole), else from the journey's summary, which every journey has from its referral on.
/// </summary>
public sealed record JourneyOrigin(string HubId, DateTimeOffset SubmittedAt)
{
    public static async ValueTask<JourneyOrigin> OfAsync(
        IQuerySession session,
        Guid journeyId,
        IReadOnlyList<IEvent> events,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(events);
        if (events.Select(e => e.Data).OfType<SelfReferralSubmitted>().FirstOrDefault() is { } referral)
        {
            return new JourneyOrigin(referral.HubId, referral.SubmittedAt);
        }

        var summary = await session.LoadAsync<JourneySummary>(journeyId, cancellationToken)
            ?? throw new InvalidOperationException($"Journey {journeyId} has no summary to begin a read model from.");
        return new JourneyOrigin(summary.HubId, summary.SubmittedAt);
    }
}
