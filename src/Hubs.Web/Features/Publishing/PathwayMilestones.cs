using Hubs.Contracts;
using Hubs.Contracts.Journeys;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using JasperFx.Events;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// Allocation and out-of-hours milestones (issue 20): how far the allocation met the ticked wishes, as a code judged
/// on the clinical side (never the wishes, the clinician or a characteristic), and each booking's out-of-hours flag.
/// </summary>
public sealed partial class MilestoneMapper
{
    private IJourneyMilestone? MapPathway(IEvent recorded, JourneyMapping journey) =>
        recorded.Data switch
        {
            ClinicianAllocated { Wishes: { } wishes } e => Stamp(recorded, journey, e.AllocatedAt, (k, h, v, w, m) =>
                new JourneyAllocated(k, h, v, w, m, CategoryCodes.Code(wishes))
            ),
            AppointmentBooked e => Scheduled(recorded, journey, e.AppointmentId, e.StartsAt, e.OutOfHours),
            AppointmentRescheduled e => Scheduled(recorded, journey, e.AppointmentId, e.StartsAt, e.OutOfHours),
            _ => null,
        };

    /// <summary>Dated by the appointment's start; numbered by its place among the journey's bookings.</summary>
    private AppointmentScheduled? Scheduled(
        IEvent recorded,
        JourneyMapping journey,
        Guid appointmentId,
        DateTimeOffset startsAt,
        bool outOfHours
    )
    {
        var index = journey.AppointmentIndex(appointmentId);
        return index < 0
            ? null
            : Stamp(recorded, journey, startsAt, (k, h, v, w, m) =>
                new AppointmentScheduled(
                    k,
                    h,
                    v,
                    w,
                    m,
                    index + 1,
                    CategoryCodes.Code(journey.Appointments[index].Purpose),
                    outOfHours
                )
            );
    }
}

/// <summary>Allocation and each booking or move of an appointment.</summary>
internal static class PathwayMilestones
{
    public static readonly EventTypes Types = new(
        typeof(ClinicianAllocated),
        typeof(AppointmentBooked),
        typeof(AppointmentRescheduled)
    );
}
