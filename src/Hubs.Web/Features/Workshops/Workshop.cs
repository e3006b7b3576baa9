using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Workshops;

/// <summary>
/// One workshop, an inline snapshot of its own stream and the read model of every workshop page. Places live in
/// the workshop's stream, so Marten's version check at commit is what keeps bookings within its capacity.
/// </summary>
public sealed record Workshop(
    Guid Id,
    string HubId,
    string Title,
    DateTimeOffset StartsAt,
    int DurationMinutes,
    ContactMode Mode,
    string Venue,
    int Capacity,
    IReadOnlyList<Sector> Sectors,
    MeasureId Measure,
    Guid FacilitatorId
)
{
    public long Version { get; set; }

    public IReadOnlyList<WorkshopPlace> Places { get; init; } = [];

    public IReadOnlyList<CoachingCall> Calls { get; init; } = [];

    /// <summary>Attendance has been recorded: the workshop took place.</summary>
    public bool Held { get; init; }

    public DateTimeOffset EndsAt => StartsAt.AddMinutes(DurationMinutes);

    public IEnumerable<WorkshopPlace> Booked => Places.Where(p => p.State != PlaceState.Cancelled);

    public int FreePlaces => Math.Max(0, Capacity - Booked.Count());

    public WorkshopPlace? Place(Guid placeId) => Places.FirstOrDefault(p => p.Id == placeId);

    /// <summary>The keyworker's place that is still theirs (booked or attended), if any.</summary>
    public WorkshopPlace? PlaceOf(Guid keyworkerId) => Booked.FirstOrDefault(p => p.KeyworkerId == keyworkerId);

    public static Workshop Create(WorkshopScheduled e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(
            e.WorkshopId,
            e.HubId,
            e.Title,
            e.StartsAt,
            e.DurationMinutes,
            e.Mode,
            e.Venue,
            e.Capacity,
            e.Sectors,
            e.Measure,
            e.FacilitatorId
        );
    }

    public Workshop Apply(WorkshopPlaceBooked e) =>
        this with
        {
            Places = [.. Places, new WorkshopPlace(e.PlaceId, e.KeyworkerId, e.Sector, e.ContactJourneyId, e.BookedAt)],
        };

    public Workshop Apply(WorkshopPlaceCancelled e) =>
        WithPlace(e.PlaceId, p => p with { State = PlaceState.Cancelled });

    public Workshop Apply(WorkshopAttendanceRecorded e) =>
        this with
        {
            Held = true,
            Places =
            [
                .. Places.Select(p =>
                    p.State == PlaceState.Cancelled ? p
                    : e.Attended.Contains(p.Id) ? p with { State = PlaceState.Attended }
                    : p with { State = PlaceState.NotAttended }
                ),
            ],
        };

    public Workshop Apply(WorkshopMeasureAnswered e) =>
        WithPlace(e.PlaceId, p =>
            e.Occasion == WorkshopOccasion.Before ? p with { Before = e.Score } : p with { After = e.Score }
        );

    /// <summary>The pairing changes nothing on the workshop: it is there for the anonymous figures.</summary>
    public Workshop Apply(WorkshopMeasurePaired e) => this;

    public Workshop Apply(CoachingCallBooked e) =>
        this with
        {
            Calls = [.. Calls, new CoachingCall(e.CallId, e.PlaceId, e.ClinicianId, e.StartsAt, e.DurationMinutes)],
        };

    public Workshop Apply(CoachingCallHeld e) =>
        this with
        {
            Calls = [.. Calls.Select(c => c.Id == e.CallId ? c with { Held = true } : c)],
        };

    private Workshop WithPlace(Guid placeId, Func<WorkshopPlace, WorkshopPlace> change) =>
        this with
        {
            Places = [.. Places.Select(p => p.Id == placeId ? change(p) : p)],
        };
}

/// <summary>
/// A place on a workshop: whose it is (an account id, never a name), their sector and their scores (sealed with
/// their data key: a shredded score is answered but unreadable).
/// </summary>
public sealed record WorkshopPlace(
    Guid Id,
    Guid KeyworkerId,
    Sector Sector,
    Guid? ContactJourneyId,
    DateTimeOffset BookedAt
)
{
    public PlaceState State { get; init; }

    public Personal<MeasureScore>? Before { get; init; }

    public Personal<MeasureScore>? After { get; init; }
}

public sealed record MeasureScore(int Total, string Band);

/// <summary>A one-to-one follow-up coaching call booked by the holder of a place.</summary>
public sealed record CoachingCall(Guid Id, Guid PlaceId, Guid ClinicianId, DateTimeOffset StartsAt, int DurationMinutes)
{
    public bool Held { get; init; }
}
