namespace Hubs.Web.Tests.Authorization;

/// <summary>
/// What the first peer supporter of the matrix is given: an adverse event assigned to them, and a series they
/// facilitate with a meeting on it.
/// </summary>
public sealed record PeerCase(Guid Event, Guid Series, Guid Meeting);

/// <summary>
/// The peer-supporter role's columns for every endpoint of <see cref="Matrix"/> and page of <see cref="PageMatrix"/>:
/// the peer supporter the event is assigned to (and who facilitates the series), another peer supporter of the same Hub
/// (with an event and a series of their own), and one of another Hub (A, F, H as there).
/// A peer supporter may use only the peer support API and pages, and on an event only if it is assigned to them;
/// every journey, caseload, clinic, keyworker and lead endpoint refuses the role (F). A page everyone gets the
/// same answer from (the start page, the referral's capability pages) answers them the same.
/// </summary>
public static class PeerSupporterMatrix
{
    private const string Event = "/api/adverse-events/{id:guid}";

    /// <summary>
    /// Rows that differ from "FFF" (or, for a public endpoint, from what everyone gets): the route, its path for the
    /// assigned event, and the expected answers.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (Func<PeerCase, string> Path, string Expected)> Api =
        new Dictionary<string, (Func<PeerCase, string>, string)>(StringComparer.Ordinal)
        {
            ["GET /api/peer-support/events"] = (_ => "/api/peer-support/events", "AAA"),
            [$"POST {Event}/first-contact"] = (c => $"/api/adverse-events/{c.Event}/first-contact", "AHH"),
            [$"POST {Event}/follow-ups"] = (c => $"/api/adverse-events/{c.Event}/follow-ups", "AHH"),
            [$"POST {Event}/hand-overs"] = (c => $"/api/adverse-events/{c.Event}/hand-overs", "AHH"),
        }
            .Concat(GroupSeriesMatrixRows.PeerApi)
            .ToDictionary(StringComparer.Ordinal);

    public static readonly IReadOnlyDictionary<string, (Func<PeerCase, string> Path, string Expected)> Pages =
        new Dictionary<string, (Func<PeerCase, string>, string)>(StringComparer.Ordinal)
        {
            ["/peer-support"] = (_ => "/peer-support", "AAA"),
            ["/peer-support/events/{id:guid}"] = (c => $"/peer-support/events/{c.Event}", "AHH"),
            ["/choose-hub"] = (_ => "/choose-hub", "AAA"),
        }
            .Concat(GroupSeriesMatrixRows.PeerPages)
            .ToDictionary(StringComparer.Ordinal);

    /// <summary>
    /// A page or endpoint not listed above: what everyone gets when that is the same for all (a public page or list),
    /// else refused.
    /// </summary>
    public static string ForPage(string expectedForEveryone) =>
        expectedForEveryone.Distinct().Count() == 1 ? new string(expectedForEveryone[0], 3) : "FFF";
}
