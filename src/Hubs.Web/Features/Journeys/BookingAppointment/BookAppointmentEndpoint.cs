using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Shared;
using Marten;

namespace Hubs.Web.Features.Journeys.BookingAppointment;

public static class BookAppointmentEndpoint
{
    public static RouteHandlerBuilder MapBookAppointment(this IEndpointRouteBuilder routes) =>
        routes
            .MapPost(
                "/api/journeys/{id:guid}/appointments",
                async (
                    Guid id,
                    BookAppointment command,
                    StaffMember staff,
                    HttpContext http,
                    TimeProvider clock,
                    HubDirectory hubs,
                    IDocumentSession session,
                    ClinicClock times,
                    CancellationToken cancellationToken
                ) =>
                {
                    var appointmentId = Guid.CreateVersion7();
                    var context = await BookingContextReader.ReadAsync(
                        session,
                        id,
                        staff.HubId,
                        command.ClinicianId,
                        staff.Id,
                        times.Zone,
                        cancellationToken
                    );
                    return await JourneyWrites.DecideAndAppendAsync(
                        id,
                        http,
                        (journey, relation) =>
                            BookAppointmentDecision.Decide(
                                journey,
                                command,
                                appointmentId,
                                staff.Id,
                                clock.GetUtcNow(),
                                hubs.HoursOf(journey.HubId),
                                context,
                                relation.HasFlag(Relations.HubLead)
                            ),
                        version => new JourneyWritten(id, version, appointmentId)
                    );
                }
            )
            .Validate<BookAppointment>()
            .DescribesWrite<JourneyWritten>()
            .WithName("BookAppointment")
            .WithSummary(
                "Book an assessment or treatment appointment (in person, phone "
                    + "or video); out of hours follows from the Hub's opening hours. "
                    + "A clash for the clinician or keyworker is refused; a time "
                    + "outside the keyworker's safe times or a mode they did not choose "
                    + "is refused until sent again with confirmWarnings."
            )
            .WithTags("Appointments");
}
