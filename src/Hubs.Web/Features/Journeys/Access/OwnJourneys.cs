using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.Journeys.Access;

/// <summary>
/// The keyworker pages' door to their own journey: the page's rule in <see cref="AccessModel"/> held against the
/// caller by <see cref="JourneyGate"/>, and writes through <see cref="JourneyWrites"/> (the form's version, the
/// kernel's <c>StreamAppend</c>) — the same path as the clinician pages. Anyone else's journey does not exist (404).
/// </summary>
public static class OwnJourneys
{
    public static async Task<Journey?> LoadAsync(IQuerySession session, PageModel page, Guid journeyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(page);
        var rule = AccessModel.For(page.PageContext);
        var caller = CallerOf(page);
        var journey = caller.Keyworker is null || journeyId == Guid.Empty
            ? null
            : await session.LoadAsync<Journey>(journeyId, cancellationToken);
        return journey is not null && rule.Admit(JourneyGate.RelationOf(journey, caller, null, TimeProvider.System.GetUtcNow()))
            ? journey
            : null;
    }

    /// <summary>The version a form sends back so a write made in between is noticed: the stream's own.</summary>
    public static async Task<long> VersionAsync(IQuerySession session, Guid journeyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        return (await session.Events.FetchStreamStateAsync(journeyId, cancellationToken))?.Version ?? 0;
    }

    /// <summary>A keyworker's command on their own journey, decided on the version their form was shown.</summary>
    public static Task<AppendOutcome> WriteAsync(
        IDocumentSession session,
        PageModel page,
        Guid journeyId,
        long version,
        DateTimeOffset now,
        Func<Journey, Decision> decide,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        return JourneyWrites.TryAsync(
            session, journeyId, version, CallerOf(page), AccessModel.For(page.PageContext), now, (journey, _) => decide(journey), cancellationToken);
    }

    /// <summary>A keyworker page acts as the keyworker only: no staff relation is ever worked out here.</summary>
    private static JourneyCaller CallerOf(PageModel page) => new(KeyworkerCaller.FromPrincipal(page.User), null);
}
