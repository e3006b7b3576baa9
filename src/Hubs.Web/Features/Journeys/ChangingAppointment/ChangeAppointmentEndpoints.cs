using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.BookingAppointment;
using Hubs.Web.Features.Journeys.ContactRules;
using Marten;

namespace Hubs.Web.Features.Journeys.ChangingAppointment;

public static class ChangeAppointmentEndpoints
{
    private const string Route = "/api/journeys/{id:guid}/appointments/{appointmentId:guid}";

    public static IEndpointRouteBuilder MapChangeAppointment(this IEndpointRouteBuilder routes)
    {
        routes
            .MapPost(
                $"{Route}/reschedule",
                async (
                    Guid id,
                    Guid appointmentId,
                    RescheduleAppointment command,
                    StaffMember staff,
                    HttpContext http,
                    TimeProvider clock,
                    HubDirectory hubs,
                    IDocumentSession session,
                    ContactSettings contact,
                    CancellationToken cancellationToken
                ) =>
                {
                    var context = await BookingContextReader.ReadForMoveAsync(
                        session,
                        id,
                        appointmentId,
                        staff.HubId,
                        contact.Zone,
                        cancellationToken
                    );
                    return await JourneyWrites.DecideAndAppendAsync(id, http, j =>
                        ChangeAppointmentDecision.Reschedule(
                            j,
                            appointmentId,
                            command,
                            clock.GetUtcNow(),
                            hubs.HoursOf(j.HubId),
                            context
                        )
                    );
                }
            )
            .Validate<RescheduleAppointment>()
            .DescribesWrite<JourneyWritten>()
            .WithName("RescheduleAppointment")
            .WithSummary(
                "Move a booked appointment; the booking's rules apply: "
                    + "a clash for the clinician or keyworker is refused, "
                    + "a time outside the keyworker's safe times or a mode they did "
                    + "not choose is refused until sent again with confirmWarnings."
            )
            .WithTags("Appointments");
        routes
            .MapPost(
                $"{Route}/cancellation",
                (
                    Guid id,
                    Guid appointmentId,
                    CancelAppointment command,
                    StaffMember staff,
                    HttpContext http,
                    TimeProvider clock
                ) =>
                    JourneyWrites.DecideAndAppendAsync(id, http, j =>
                        ChangeAppointmentDecision.Cancel(j, appointmentId, command, clock.GetUtcNow())
                    )
            )
            .Validate<CancelAppointment>()
            .DescribesWrite<JourneyWritten>()
            .WithName("CancelAppointment")
            .WithTags("Appointments");
        routes
            .MapPost(
                $"{Route}/attendance",
                (
                    Guid id,
                    Guid appointmentId,
                    RecordAttendance command,
                    StaffMember staff,
                    HttpContext http,
                    TimeProvider clock
                ) =>
                    JourneyWrites.DecideAndAppendAsync(id, http, j =>
                        ChangeAppointmentDecision.Attendance(j, appointmentId, command, clock.GetUtcNow())
                    )
            )
            .Validate<RecordAttendance>()
            .DescribesWrite<JourneyWritten>()
            .WithName("RecordAttendance")
            .WithTags("Appointments");
        return routes;
    }
}
