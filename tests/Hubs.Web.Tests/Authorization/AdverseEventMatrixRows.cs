namespace Hubs.Web.Tests.Authorization;

/// <summary>
/// The adverse-event and peer supporter register rows of <see cref="Matrix"/> and <see cref="PageMatrix"/> (same
/// columns). Records named in a route are unknown ids here, so a lead who is let in gets 404 like everyone of the
/// role: the same rows with real, assigned events are in <see cref="PeerSupporterAccessTests"/>, and the new
/// peer-supporter role's own column for every endpoint and page there too.
/// </summary>
public static class AdverseEventMatrixRows
{
    private static readonly string Unknown = Guid.NewGuid().ToString();

    private static readonly object Logged = new
    {
        department = "Emergency department",
        occurredOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1),
        staffInvolved = 2,
    };

    public static readonly IReadOnlyList<MatrixEntry> Entries =
    [
        // a k k c c c l L a C f
        new("POST", "/api/adverse-events", _ => "/api/adverse-events", _ => Logged, "UFFFFFAAFFF"),
        new("GET", "/api/adverse-events", _ => "/api/adverse-events", _ => null, "UFFFFFAAFFF"),
        new(
            "PUT",
            "/api/adverse-events/settings",
            _ => "/api/adverse-events/settings",
            _ => new { firstContactTargetHours = 72, followUpDays = new[] { 7, 30 } },
            "UFFFFFAAFFF"
        ),
        Write("/api/adverse-events/{id:guid}/assignment", new { peerSupporterId = Guid.NewGuid() }, "UFFFFFHHFFF"),
        new(
            "POST",
            "/api/peer-supporters",
            _ => "/api/peer-supporters",
            _ => new
            {
                accountId = Guid.NewGuid(),
                name = "Jo Peer",
                supervisorId = Guid.NewGuid(),
                trainedOn = "2026-01-10",
                refresherDue = "2027-01-10",
            },
            "UFFFFFAAFFF"
        ),
        new("GET", "/api/peer-supporters", _ => "/api/peer-supporters", _ => null, "UFFFFFAAFFF"),
        Write(
            "/api/peer-supporters/{id:guid}/refresher",
            new { doneOn = "2026-11-01", nextDue = "2027-11-01" },
            "UFFFFFHHFFF"
        ),
        Write("/api/peer-supporters/{id:guid}/availability", new { available = false }, "UFFFFFHHFFF"),
        Write("/api/peer-supporters/{id:guid}/archive", new { }, "UFFFFFHHFFF"),
        new("GET", "/api/peer-support/events", _ => "/api/peer-support/events", _ => null, "UFFFFFFFFFF"),
        Write(
            "/api/adverse-events/{id:guid}/first-contact",
            new { contactedAt = DateTimeOffset.UtcNow },
            "UFFFFFFFFFF"
        ),
        Write(
            "/api/adverse-events/{id:guid}/follow-ups",
            new { dayMark = 7, checkedInAt = DateTimeOffset.UtcNow },
            "UFFFFFFFFFF"
        ),
        Write("/api/adverse-events/{id:guid}/hand-overs", new { }, "UFFFFFFFFFF"),
        new("GET", "/api/adverse-events/settings", _ => "/api/adverse-events/settings", _ => null, "UFFFFFAAFFF"),
    ];

    public static readonly IReadOnlyList<(string Route, Func<MatrixJourney, string> Path, string Expected)> Pages =
    [
        ("/clinic/adverse-events", _ => "/clinic/adverse-events", "UFFFFFAAFFF"),
        ("/clinic/adverse-events/{id:guid}", _ => $"/clinic/adverse-events/{Unknown}", "UFFFFFHHFFF"),
        ("/clinic/peer-supporters", _ => "/clinic/peer-supporters", "UFFFFFAAFFF"),
        ("/clinic/peer-supporters/{id:guid}", _ => $"/clinic/peer-supporters/{Unknown}", "UFFFFFHHFFF"),
        ("/peer-support", _ => "/peer-support", "UFFFFFFFFFF"),
        ("/peer-support/events/{id:guid}", _ => $"/peer-support/events/{Unknown}", "UFFFFFFFFFF"),
    ];

    private static MatrixEntry Write(string route, object body, string expected) =>
        new("POST", route, _ => route.Replace("{id:guid}", Unknown, StringComparison.Ordinal), _ => body, expected);
}
