using Hubs.Web.Features.Workshops;
using JasperFx.Events;
using Published = Hubs.Contracts.HubWork;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// Workshops: held with its places booked and attended (counts), each participant's measure once paired (the answer
/// after against the one before, which the workshop's rules make come first and once), and each coaching call held;
/// all in the week and month the workshop starts. Never the title, venue, facilitator, a participant or a score
/// (the scores stay sealed with the keyworker's key; the pair is published from its own event, which names no place).
/// </summary>
public sealed partial class MilestoneMapper
{
    private Published.WorkshopRecorded? MapWorkshop(IEvent recorded, Workshop workshop)
    {
        var (step, booked, attended, change, totalChange) = recorded.Data switch
        {
            WorkshopAttendanceRecorded held => (
                Published.WorkshopCodes.Held,
                workshop.Booked.Count(),
                held.Attended.Count,
                null,
                null
            ),
            WorkshopMeasurePaired paired => (
                Published.WorkshopCodes.MeasurePaired,
                (int?)null,
                (int?)null,
                paired.Change,
                (int?)paired.TotalChange
            ),
            CoachingCallHeld => (Published.WorkshopCodes.CoachingCallHeld, null, null, null, null),
            _ => ((string?)null, (int?)null, (int?)null, (string?)null, (int?)null),
        };
        if (step is null)
        {
            return null;
        }

        var (week, month) = calendar.Of(workshop.StartsAt);
        return new Published.WorkshopRecorded(
            pseudonymiser.KeyOf("workshop:", workshop.Id),
            workshop.HubId,
            recorded.Version,
            week,
            month,
            step,
            MeasureCaseness.Code(workshop.Measure),
            booked,
            attended,
            change,
            totalChange
        );
    }
}

/// <summary>Which workshop events have a contract (bookings, cancellations and the sealed answers have none).</summary>
internal static class WorkshopMilestones
{
    public static readonly EventTypes Types = new(
        typeof(WorkshopAttendanceRecorded),
        typeof(WorkshopMeasurePaired),
        typeof(CoachingCallHeld)
    );
}
