using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Kernel;
using Hubs.Web.Features.Questionnaires;
using Hubs.Web.Features.Workshops;
using Hubs.Web.Features.Workshops.BookingPlace;

namespace Hubs.Web.Tests.Workshops;

/// <summary>Workshops built from their own events, for the pure decision tests.</summary>
public static class WorkshopFacts
{
    public static readonly DateTimeOffset Now = new(2026, 12, 4, 10, 0, 0, TimeSpan.Zero);

    public static Workshop Scheduled(int capacity = 4, params Sector[] sectors) =>
        Workshop.Create(
            new WorkshopScheduled(
                Guid.NewGuid(),
                "north",
                "Steady under pressure",
                Now.AddDays(7),
                120,
                ContactMode.Video,
                "",
                capacity,
                sectors.Length == 0 ? [Sector.Health, Sector.Police] : sectors,
                MeasureId.Gad7,
                Guid.NewGuid(),
                Now
            )
        );

    public static Workshop Apply(this Workshop workshop, Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        Assert.Null(decision.Refusal);
        return decision.Events.Aggregate(workshop, (w, e) => e switch
            {
                WorkshopPlaceBooked b => w.Apply(b),
                WorkshopPlaceCancelled c => w.Apply(c),
                WorkshopAttendanceRecorded a => w.Apply(a),
                WorkshopMeasureAnswered m => w.Apply(m),
                WorkshopMeasurePaired p => w.Apply(p),
                CoachingCallBooked c => w.Apply(c),
                CoachingCallHeld h => w.Apply(h),
                _ => throw new InvalidOperationException(e.GetType().Name),
            });
    }

    public static (Workshop Workshop, Guid PlaceId) Booked(
        this Workshop workshop,
        Guid keyworkerId,
        Sector sector = Sector.Health
    )
    {
        var placeId = Guid.NewGuid();
        var decision = BookPlaceDecision.Decide(workshop, keyworkerId, new("Sam", sector), null, placeId, Now);
        return (workshop.Apply(decision), placeId);
    }
}
