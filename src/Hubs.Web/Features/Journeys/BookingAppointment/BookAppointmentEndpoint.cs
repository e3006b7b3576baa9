using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Access;
using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Journeys.Api;

namespace Hubs.Web.Features.Journeys.BookingAppointment;

public static class BookAppointmentEndpoint
{
    public static RouteHandlerBuilder MapBookAppointment(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/journeys/{id:guid}/appointments", (Guid id, BookAppointment command, StaffMember staff, HttpContext http, TimeProvider clock, HubDirectory hubs) =>
            {
                var appointmentId = Guid.CreateVersion7();
                return JourneyWrites.DecideAndAppendAsync(
                    id,
                    http,
                    (journey, relation) => BookAppointmentDecision.Decide(
                        journey, command, appointmentId, staff.Id, clock.GetUtcNow(), hubs.HoursOf(journey.HubId), relation.HasFlag(Relations.HubLead)),
                    version => new JourneyWritten(id, version, appointmentId));
            })
            .Validate<BookAppointment>()
            .DescribesWrite<JourneyWritten>()
            .WithName("BookAppointment")
            .WithSummary("Book an assessment or treatment appointment (in person, phone or video); out of hours follows from the Hub's opening hours.")
            .WithTags("Appointments");
}
