using Marten;

namespace Hubs.Web.Features.Kernel;

/// <summary>
/// The warm hand-over after an adverse event, as the self-referral sees it: a keyworker who was given a code by a
/// peer supporter may choose to link their new journey to that event. The journeys feature knows only this.
/// </summary>
public interface IHandOverLinks
{
    /// <summary>
    /// Adds the link to the session (the caller saves, with the journey) when <paramref name="code"/> is one the
    /// journey's Hub gave out and not yet taken up; false, with nothing added, otherwise.
    /// </summary>
    Task<bool> LinkAsync(
        IDocumentSession session,
        string code,
        string hubId,
        Guid journeyId,
        DateTimeOffset now,
        CancellationToken cancellationToken
    );
}
