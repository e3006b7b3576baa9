using Hubs.Web.Features.Journeys.Events;
using JasperFx.Events;
using JasperFx.Events.Aggregation;
using JasperFx.Events.Daemon;
using Marten;
using Marten.Events.Aggregation;

namespace Hubs.Web.Features.Journeys.ReadModels;

/// <summary>
/// A journey read model that holds nothing at referral, so a referral writes none (issue 22, the write path): the
/// document begins with the first of its events after the referral, from the journey's <see cref="JourneyOrigin"/>,
/// and is then the same fold it would have been from the referral on. Readers take a missing one as empty. The
/// events it folds are declared by the projection (<c>IncludeType</c>); the referral is never one of them.
/// </summary>
public abstract class AfterReferralProjection<TDocument> : SingleStreamProjection<TDocument, Guid>
    where TDocument : class
{
    /// <summary>The document as it stood at referral.</summary>
    protected abstract TDocument Begun(Guid journeyId, JourneyOrigin origin);

    /// <summary>The document after one of its events (any other is returned unchanged).</summary>
    protected abstract TDocument Evolved(TDocument document, object e);

    public sealed override async ValueTask<(TDocument?, ActionType)> DetermineActionAsync(
        IQuerySession session,
        TDocument? snapshot,
        Guid identity,
        IIdentitySetter<TDocument, Guid> identitySetter,
        IReadOnlyList<IEvent> events,
        CancellationToken cancellation
    )
    {
        ArgumentNullException.ThrowIfNull(events);
        var document = snapshot;
        foreach (var e in events)
        {
            if (e.Data is SelfReferralSubmitted)
            {
                continue;
            }

            document ??= Begun(identity, await JourneyOrigin.OfAsync(session, identity, events, cancellation));
            document = Evolved(document, e.Data);
        }

        return (document, document is null ? ActionType.Nothing : ActionType.Store);
    }
}
