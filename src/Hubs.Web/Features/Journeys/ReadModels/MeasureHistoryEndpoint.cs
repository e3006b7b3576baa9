using Hubs.Web.Features.Audit;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.Events;
using Marten;

namespace Hubs.Web.Features.Journeys.ReadModels;

/// <summary>A measure occasion with each score marked against the journey's first score on that measure.</summary>
public sealed record MarkedPoint(
    DateTimeOffset At,
    MeasureOccasion Occasion,
    int? SessionNumber,
    MarkedScore? Phq9,
    MarkedScore? Gad7
);

public static class MeasureHistoryEndpoint
{
    public static RouteHandlerBuilder MapMeasureHistory(this IEndpointRouteBuilder routes) =>
        routes
            .MapGet("/api/journeys/{id:guid}/measures", HandleAsync)
            .DescribesRead<List<MarkedPoint>>()
            .WithName("MeasureHistory")
            .WithSummary(
                "PHQ-9 and GAD-7 totals over time (the keyworker's before sessions too), reliable change against the "
                    + "first score marked. Audited."
            )
            .WithTags("Journeys");

    private static async Task<IResult> HandleAsync(
        Guid id,
        HttpContext http,
        StaffMember staff,
        IDocumentSession session,
        CancellationToken cancellationToken
    )
    {
        var (journey, refused) = await AuditedRead.OpenAsync(http, id, "measure-history");
        if (journey is null)
        {
            return refused!;
        }

        var history = await session.LoadAsync<MeasureHistory>(id, cancellationToken);
        return TypedResults.Ok(Marked(ScorePoints.Of(history)));
    }

    /// <summary>
    /// Each point marked against the first score on each measure (the API and the journey record page).
    /// </summary>
    public static List<MarkedPoint> Marked(IReadOnlyList<MeasurePoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var firstPhq9 = points.FirstOrDefault(p => p.Phq9 is not null)?.Phq9;
        var firstGad7 = points.FirstOrDefault(p => p.Gad7 is not null)?.Gad7;
        return points
            .Select(p => new MarkedPoint(
                p.At,
                p.Occasion,
                p.SessionNumber,
                ReliableChange.Mark(firstPhq9, p.Phq9, ReliableChange.Phq9Threshold),
                ReliableChange.Mark(firstGad7, p.Gad7, ReliableChange.Gad7Threshold)
            ))
            .ToList();
    }
}
