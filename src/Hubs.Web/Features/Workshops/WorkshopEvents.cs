using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Kernel;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Workshops;

/// <summary>Before or after the workshop: when the Hub's brief measure is answered.</summary>
public enum WorkshopOccasion
{
    Before,
    After,
}

/// <summary>
/// A Hub scheduled a resilience workshop: its title, time, mode and venue, how many places, the sectors whose
/// keyworkers may book, the brief measure taken before and after, and the clinician who runs it.
/// </summary>
public sealed record WorkshopScheduled(
    Guid WorkshopId,
    string HubId,
    string Title,
    DateTimeOffset StartsAt,
    int DurationMinutes,
    ContactMode Mode,
    string Venue,
    int Capacity,
    IReadOnlyList<Sector> Sectors,
    MeasureId Measure,
    Guid FacilitatorId,
    DateTimeOffset ScheduledAt
) : IWorkshopEvent;

/// <summary>
/// A signed-in keyworker took a place. Their name (sealed with their own data key, for the Hub's roster only),
/// the sector they work in, and the journey whose contact-safety preferences their reminders follow, if any.
/// </summary>
public sealed record WorkshopPlaceBooked(
    Guid WorkshopId,
    Guid PlaceId,
    Guid KeyworkerId,
    Personal<string> Name,
    Sector Sector,
    Guid? ContactJourneyId,
    DateTimeOffset BookedAt
) : IWorkshopEvent;

/// <summary>The keyworker gave their place up: it is free for someone else.</summary>
public sealed record WorkshopPlaceCancelled(Guid WorkshopId, Guid PlaceId, DateTimeOffset CancelledAt) : IWorkshopEvent;

/// <summary>The workshop was held: the places whose holders came (every other booked place did not).</summary>
public sealed record WorkshopAttendanceRecorded(
    Guid WorkshopId,
    IReadOnlyList<Guid> Attended,
    DateTimeOffset RecordedAt
) : IWorkshopEvent;

/// <summary>
/// The keyworker answered the brief measure before or after the workshop: its total and band only, sealed with
/// their own data key as their name is, so erasing them leaves no score beside their account id.
/// </summary>
public sealed record WorkshopMeasureAnswered(
    Guid WorkshopId,
    Guid PlaceId,
    WorkshopOccasion Occasion,
    Personal<MeasureScore> Score,
    DateTimeOffset AnsweredAt
) : IWorkshopEvent;

/// <summary>
/// A participant's answers before and after paired, kept apart from the place and the person: how the band moved and
/// the change in total, for the anonymous figures only (the scores themselves stay sealed in the answers).
/// </summary>
public sealed record WorkshopMeasurePaired(Guid WorkshopId, string Change, int TotalChange, DateTimeOffset PairedAt)
    : IWorkshopEvent;

/// <summary>After attending, the keyworker booked a one-to-one coaching call in a Hub clinician's free slot.</summary>
public sealed record CoachingCallBooked(
    Guid WorkshopId,
    Guid PlaceId,
    Guid CallId,
    Guid ClinicianId,
    DateTimeOffset StartsAt,
    int DurationMinutes,
    DateTimeOffset BookedAt
) : IWorkshopEvent;

/// <summary>The clinician held the coaching call.</summary>
public sealed record CoachingCallHeld(Guid WorkshopId, Guid CallId, DateTimeOffset RecordedAt) : IWorkshopEvent;
