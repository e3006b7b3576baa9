namespace Hubs.Web.Tests.Authorization;

/// <summary>
/// The reflective group series rows of <see cref="Matrix"/> and <see cref="PageMatrix"/> (same columns). A series
/// named in a route is an unknown id here, so clinical staff who are let in get 404 like everyone of their role; the
/// same rows with real series are in <c>GroupSeriesEndpointTests</c>, and the peer-supporter role's column for every
/// endpoint and page, on real series, in <see cref="PeerSupporterMatrix"/>.
/// </summary>
public static class GroupSeriesMatrixRows
{
    private const string Series = "/api/group-series/{id:guid}";
    private const string Meeting = "/group-series/{id:guid}/meetings/{meetingId:guid}";
    private static readonly string Unknown = Guid.NewGuid().ToString();

    public static readonly IReadOnlyList<MatrixEntry> Entries =
    [
        // a k k c c c l L a C f
        new(
            "POST",
            "/api/group-series",
            _ => "/api/group-series",
            _ => Tests.GroupSupport.GroupSeriesArrange.Series(),
            "UFFAAAAAFFF"
        ),
        new("GET", "/api/group-series", _ => "/api/group-series", _ => null, "UFFAAAAAFFF"),
        new("GET", Series, _ => Path(Series), _ => null, "UFFHHHHHFFF"),
        Write($"{Series}/meetings", new { startsAt = DateTimeOffset.UtcNow.AddDays(7) }, "UFFHHHHHFFF"),
        Write(
            $"{Series}/protected-time",
            new { confirmedOn = "2026-11-01", confirmedByRole = "Ward manager" },
            "UFFHHHHHFFF"
        ),
        Write($"/api{Meeting}/held", new { attendanceCount = 3 }, "UFFHHHHHFFF"),
        Write($"/api{Meeting}/cancellation", new { reason = "clinical-pressures" }, "UFFHHHHHFFF"),
        Write($"/api{Meeting}/rating", new { }, "UFFHHHHHFFF"),
        new("GET", "/api/peer-support/group-series", _ => "/api/peer-support/group-series", _ => null, "UFFFFFFFFFF"),
        Write($"/api/peer-support{Meeting}/held", new { attendanceCount = 3 }, "UFFFFFFFFFF"),
        Write($"/api/peer-support{Meeting}/cancellation", new { reason = "other" }, "UFFFFFFFFFF"),
        Write($"/api/peer-support{Meeting}/rating", new { }, "UFFFFFFFFFF"),
        Write(
            $"{Series}/facilitator",
            new { facilitatorKind = "external-intervisor", externalRole = "Balint group leader" },
            "UFFFFFHHFFF"
        ),
    ];

    public static readonly IReadOnlyList<(string Route, Func<MatrixJourney, string> Path, string Expected)> Pages =
    [
        ("/clinic/groups", _ => "/clinic/groups", "UFFAAAAAFFF"),
        ("/clinic/groups/{id:guid}", _ => $"/clinic/groups/{Unknown}", "UFFHHHHHFFF"),
        (
            "/clinic/groups/{id:guid}/meetings/{meetingId:guid}",
            _ => $"/clinic/groups/{Unknown}/meetings/{Unknown}",
            "UFFHHHHHFFF"
        ),
        ("/clinic/groups/{id:guid}/facilitator", _ => $"/clinic/groups/{Unknown}/facilitator", "UFFFFFHHFFF"),
        ("/peer-support/groups", _ => "/peer-support/groups", "UFFFFFFFFFF"),
        (
            "/peer-support/groups/{id:guid}/meetings/{meetingId:guid}",
            _ => $"/peer-support/groups/{Unknown}/meetings/{Unknown}",
            "UFFFFFFFFFF"
        ),
    ];

    /// <summary>
    /// The peer-supporter role's rows (<see cref="PeerSupporterMatrix"/>), on the series the first of them facilitates
    /// and a meeting of it: theirs to record, hidden from the others.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (Func<PeerCase, string> Path, string Expected)> PeerApi =
        new Dictionary<string, (Func<PeerCase, string>, string)>(StringComparer.Ordinal)
        {
            ["GET /api/peer-support/group-series"] = (_ => "/api/peer-support/group-series", "AAA"),
            [$"POST /api/peer-support{Meeting}/held"] = (c => Facilitated(c, "held"), "AHH"),
            [$"POST /api/peer-support{Meeting}/cancellation"] = (c => Facilitated(c, "cancellation"), "AHH"),
            [$"POST /api/peer-support{Meeting}/rating"] = (c => Facilitated(c, "rating"), "AHH"),
        };

    public static readonly IReadOnlyDictionary<string, (Func<PeerCase, string> Path, string Expected)> PeerPages =
        new Dictionary<string, (Func<PeerCase, string>, string)>(StringComparer.Ordinal)
        {
            ["/peer-support/groups"] = (_ => "/peer-support/groups", "AAA"),
            ["/peer-support/groups/{id:guid}/meetings/{meetingId:guid}"] = (
                c => $"/peer-support/groups/{c.Series}/meetings/{c.Meeting}",
                "AHH"
            ),
        };

    private static string Facilitated(PeerCase c, string write) =>
        $"/api/peer-support/group-series/{c.Series}/meetings/{c.Meeting}/{write}";

    private static string Path(string route) =>
        route
            .Replace("{id:guid}", Unknown, StringComparison.Ordinal)
            .Replace("{meetingId:guid}", Unknown, StringComparison.Ordinal);

    private static MatrixEntry Write(string route, object body, string expected) =>
        new("POST", route, _ => Path(route), _ => body, expected);
}
