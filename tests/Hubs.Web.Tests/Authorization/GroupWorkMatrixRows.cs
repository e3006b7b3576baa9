namespace Hubs.Web.Tests.Authorization;

/// <summary>
/// Issue 21's consultations and outreach rows of <see cref="Matrix"/> and <see cref="PageMatrix"/> (same columns):
/// the Hub's clinical staff record and list them, each in their own Hub; a consultation named in a route is an
/// unknown id here, so everyone let in gets 404. Another Hub's real consultation is refused in
/// <c>GroupWorkEndpointTests</c>.
/// </summary>
public static class GroupWorkMatrixRows
{
    private static readonly string Unknown = Guid.NewGuid().ToString();

    private static readonly string Yesterday = DateOnly
        .FromDateTime(DateTime.UtcNow.AddDays(-1))
        .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static readonly IReadOnlyList<MatrixEntry> Entries =
    [
        // a k k c c c l L a C f
        new(
            "POST",
            "/api/consultations",
            _ => "/api/consultations",
            _ => new
            {
                heldOn = Yesterday,
                about = "team",
                adviceArea = "team-conflict",
                sector = "care-home",
                organisationType = "care-home",
            },
            "UFFAAAAAFFF"
        ),
        new("GET", "/api/consultations", _ => "/api/consultations", _ => null, "UFFAAAAAFFF"),
        new(
            "POST",
            "/api/consultations/{id:guid}/team-session",
            _ => $"/api/consultations/{Unknown}/team-session",
            _ => new { teamActivityId = Guid.NewGuid() },
            "UFFHHHHHFFF"
        ),
        new(
            "POST",
            "/api/outreach",
            _ => "/api/outreach",
            _ => new
            {
                heldOn = Yesterday,
                kind = "partner-talk",
                sector = "police",
                organisationType = "police",
                attendees = 25,
            },
            "UFFAAAAAFFF"
        ),
        new("GET", "/api/outreach", _ => "/api/outreach", _ => null, "UFFAAAAAFFF"),
    ];

    public static readonly IReadOnlyList<(string Route, Func<MatrixJourney, string> Path, string Expected)> Pages =
    [
        ("/clinic/consultations", _ => "/clinic/consultations", "UFFAAAAAFFF"),
        ("/clinic/consultations/{id:guid}", _ => $"/clinic/consultations/{Unknown}", "UFFHHHHHFFF"),
        ("/clinic/outreach", _ => "/clinic/outreach", "UFFAAAAAFFF"),
    ];
}
