using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Workshops;

/// <summary>A workshop as anyone may see it: what, when, where, who may book and how many places are free.</summary>
public sealed record OpenWorkshop(
    Guid Id,
    string HubId,
    string Title,
    DateTimeOffset StartsAt,
    int DurationMinutes,
    ContactMode Mode,
    string Venue,
    IReadOnlyList<Sector> Sectors,
    int Capacity,
    int FreePlaces
)
{
    public static OpenWorkshop Of(Workshop w)
    {
        ArgumentNullException.ThrowIfNull(w);
        return new(
            w.Id,
            w.HubId,
            w.Title,
            w.StartsAt,
            w.DurationMinutes,
            w.Mode,
            w.Venue,
            w.Sectors,
            w.Capacity,
            w.FreePlaces
        );
    }
}

/// <summary>A workshop as its Hub's staff list it: counts, never names.</summary>
public sealed record StaffWorkshop(
    Guid Id,
    string Title,
    DateTimeOffset StartsAt,
    int DurationMinutes,
    ContactMode Mode,
    string Venue,
    IReadOnlyList<Sector> Sectors,
    MeasureId Measure,
    Guid FacilitatorId,
    int Capacity,
    int Booked,
    int Attended,
    bool Held,
    int CoachingCallsBooked,
    int CoachingCallsHeld,
    long Version
)
{
    public static StaffWorkshop Of(Workshop w)
    {
        ArgumentNullException.ThrowIfNull(w);
        return new(
            w.Id,
            w.Title,
            w.StartsAt,
            w.DurationMinutes,
            w.Mode,
            w.Venue,
            w.Sectors,
            w.Measure,
            w.FacilitatorId,
            w.Capacity,
            w.Booked.Count(),
            w.Places.Count(p => p.State == PlaceState.Attended),
            w.Held,
            w.Calls.Count,
            w.Calls.Count(c => c.Held),
            w.Version
        );
    }
}

/// <summary>One place on the roster: the holder's name is for the Hub's staff only.</summary>
public sealed record RosterPlace(
    Guid PlaceId,
    string Name,
    Sector Sector,
    PlaceState State,
    MeasureScore? Before,
    MeasureScore? After,
    IReadOnlyList<CoachingCall> Calls
)
{
    /// <summary>
    /// The questions before were answered, and the answer destroyed with the keyworker's personal data.
    /// </summary>
    public bool BeforeErased { get; init; }

    /// <summary>
    /// The questions after were answered, and the answer destroyed with the keyworker's personal data.
    /// </summary>
    public bool AfterErased { get; init; }
}

public sealed record WorkshopRoster(StaffWorkshop Workshop, IReadOnlyList<RosterPlace> Places);

/// <summary>The keyworker's own place on a workshop, with what they can do next.</summary>
public sealed record OwnPlace(
    OpenWorkshop Workshop,
    Guid PlaceId,
    PlaceState State,
    bool BeforeAnswered,
    bool AfterAnswered,
    IReadOnlyList<CoachingCall> Calls
)
{
    public static OwnPlace Of(Workshop w, WorkshopPlace p)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(p);
        return new(
            OpenWorkshop.Of(w),
            p.Id,
            p.State,
            p.Before is not null,
            p.After is not null,
            [.. w.Calls.Where(c => c.PlaceId == p.Id).OrderBy(c => c.StartsAt)]
        );
    }
}
