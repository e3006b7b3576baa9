namespace Hubs.Web.Tests.Authorization;

/// <summary>
/// The peer-supporter role's columns for every endpoint of <see cref="Matrix"/> and page of <see cref="PageMatrix"/>:
/// the assigned peer supporter, another peer supporter of the same Hub, and one of another Hub (A, F, H as there).
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
    public static readonly IReadOnlyDictionary<string, (Func<Guid, string> Path, string Expected)> Api = new Dictionary<
        string,
        (Func<Guid, string>, string)
    >(StringComparer.Ordinal)
    {
        ["GET /api/peer-support/events"] = (_ => "/api/peer-support/events", "AAA"),
        [$"POST {Event}/first-contact"] = (id => $"/api/adverse-events/{id}/first-contact", "AHH"),
        [$"POST {Event}/follow-ups"] = (id => $"/api/adverse-events/{id}/follow-ups", "AHH"),
        [$"POST {Event}/hand-overs"] = (id => $"/api/adverse-events/{id}/hand-overs", "AHH"),
    }
        .Concat(GroupSeriesMatrixRows.PeerApi)
        .ToDictionary(StringComparer.Ordinal);

    public static readonly IReadOnlyDictionary<string, (Func<Guid, string> Path, string Expected)> Pages =
        new Dictionary<string, (Func<Guid, string>, string)>(StringComparer.Ordinal)
        {
            ["/peer-support"] = (_ => "/peer-support", "AAA"),
            ["/peer-support/events/{id:guid}"] = (id => $"/peer-support/events/{id}", "AHH"),
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
