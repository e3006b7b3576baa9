using Hubs.Web.Features.Kernel;
using Marten.Events.Aggregation;

namespace Hubs.Web.Features.Workshops.BookingCoachingCall;

/// <summary>
/// Inline, so a coaching call and the diary showing it commit together: its time is never offered for an
/// appointment, nor an appointment's for a call.
/// </summary>
public sealed class WorkshopCallsProjection : SingleStreamProjection<WorkshopCalls, Guid>
{
    public static WorkshopCalls Create(WorkshopScheduled e) => new(e.WorkshopId, e.HubId);

    public static WorkshopCalls Apply(CoachingCallBooked e, WorkshopCalls w) =>
        w with
        {
            Calls = [.. w.Calls, new BookedCall(e.CallId, e.ClinicianId, e.StartsAt, e.DurationMinutes)],
        };

    public static WorkshopCalls Apply(CoachingCallHeld e, WorkshopCalls w) =>
        w with
        {
            Calls = [.. w.Calls.Select(c => c.Id == e.CallId ? c with { Held = true } : c)],
        };
}
