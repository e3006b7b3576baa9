using Marten;

namespace Hubs.Web.Features.Journeys.AnsweringScreening;

/// <summary>
/// What happens next for the journey behind a screening's unguessable id; null (a 404) for an unknown id.
/// </summary>
public static class ScreeningNextSteps
{
    public static async Task<WhatHappensNext?> LoadAsync(
        IQuerySession session,
        Guid screeningId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var draft = await session.LoadAsync<ScreeningDraft>(screeningId, cancellationToken);
        return draft is null ? null : await WhatHappensNext.LoadAsync(session, draft.JourneyId, cancellationToken);
    }
}
