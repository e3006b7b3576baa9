namespace Hubs.Web.Tests.Authorization;

/// <summary>
/// The workshop rows of <see cref="Matrix"/> and <see cref="PageMatrix"/> (same columns). Workshops and places
/// named in a route are unknown ids here, so whoever is let in gets 404; the same rows with a real workshop, a
/// second Hub's staff and another keyworker are in <c>Workshops/WorkshopEndpointTests</c>.
/// </summary>
public static class WorkshopMatrixRows
{
    private static readonly string Unknown = Guid.NewGuid().ToString();
    private const string Own = "/api/keyworker/workshops/{id:guid}";

    public static readonly IReadOnlyList<MatrixEntry> Entries =
    [
        // a k k c c c l L a C f
        new(
            "POST",
            "/api/workshops",
            _ => "/api/workshops",
            _ => new { title = "Steady", capacity = 13 },
            "UFFAAAAAFFF"
        ),
        new("GET", "/api/workshops", _ => "/api/workshops", _ => null, "UFFAAAAAFFF"),
        new(
            "GET",
            "/api/workshops/{id:guid}/roster",
            _ => $"/api/workshops/{Unknown}/roster",
            _ => null,
            "UFFHHHHHFFF"
        ),
        Write("/api/workshops/{id:guid}/attendance", new { attended = Array.Empty<Guid>() }, "UFFHHHHHFFF"),
        Write("/api/workshops/{id:guid}/coaching-calls/{callId:guid}/held", new { }, "UFFHHHHHFFF"),
        Write($"{Own}/places", new { name = "Sam", sector = "health" }, "UHHFFFFFFFF"),
        Write($"{Own}/places/{{placeId:guid}}/cancellation", new { }, "UHHFFFFFFFF"),
        Write(
            $"{Own}/places/{{placeId:guid}}/measures",
            new { occasion = "before", answers = new Dictionary<string, int> { ["gad7.1"] = 1 } },
            "UHHFFFFFFFF"
        ),
        new(
            "GET",
            $"{Own}/coaching-slots",
            _ => $"/api/keyworker/workshops/{Unknown}/coaching-slots",
            _ => null,
            "UHHFFFFFFFF"
        ),
        Write(
            $"{Own}/places/{{placeId:guid}}/coaching-calls",
            new { clinicianId = Guid.NewGuid(), startsAt = DateTimeOffset.UtcNow.AddDays(2) },
            "UHHFFFFFFFF"
        ),
        new("GET", "/api/keyworker/workshops", _ => "/api/keyworker/workshops", _ => null, "UAAFFFFFFFF"),
        // Public: workshops still to come, with free places and no names.
        new("GET", "/api/public/workshops", _ => "/api/public/workshops", _ => null, "AAAAAAAAAAA"),
    ];

    public static readonly IReadOnlyList<(string Route, Func<MatrixJourney, string> Path, string Expected)> Pages =
    [
        ("/workshops", _ => "/workshops", "AAAAAAAAAAA"),
        ("/clinic/workshops", _ => "/clinic/workshops", "UFFAAAAAFFF"),
        ("/clinic/workshops/{id:guid}", _ => $"/clinic/workshops/{Unknown}", "UFFHHHHHFFF"),
        ("/my/workshops", _ => "/my/workshops", "UAAFFFFFFFF"),
        ("/my/workshops/{workshopId:guid}/book", _ => $"/my/workshops/{Unknown}/book", "UHHFFFFFFFF"),
        (
            "/my/workshops/{workshopId:guid}/questions/{occasion}",
            _ => $"/my/workshops/{Unknown}/questions/before",
            "UHHFFFFFFFF"
        ),
        ("/my/workshops/{workshopId:guid}/coaching", _ => $"/my/workshops/{Unknown}/coaching", "UHHFFFFFFFF"),
    ];

    private static MatrixEntry Write(string route, object body, string expected) =>
        new(
            "POST",
            route,
            _ =>
                route
                    .Replace("{id:guid}", Unknown, StringComparison.Ordinal)
                    .Replace("{placeId:guid}", Unknown, StringComparison.Ordinal)
                    .Replace("{callId:guid}", Unknown, StringComparison.Ordinal),
            _ => body,
            expected
        );
}
