using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Access;
using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Pages.My;

/// <summary>The signed-in keyworker's own journey, or null: anyone else's journey does not exist for them (404).</summary>
public static class OwnJourneys
{
    public static async Task<Journey?> LoadAsync(IQuerySession session, PageModel page, Guid journeyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(page);
        var caller = KeyworkerCaller.FromPrincipal(page.User);
        var journey = caller is null ? null : await session.LoadAsync<Journey>(journeyId, cancellationToken);
        return journey is not null && caller!.Owns(journey) ? journey : null;
    }

    /// <summary>The version a form sends back so a write made in between is noticed: the stream's own.</summary>
    public static async Task<long> VersionAsync(IQuerySession session, Guid journeyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        return (await session.Events.FetchStreamStateAsync(journeyId, cancellationToken))?.Version ?? 0;
    }
}
