using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Kernel;
using Hubs.Web.Features.Shared;
using Marten;

namespace Hubs.Web.Features.Workshops.BookingCoachingCall;

/// <summary>
/// After the workshop the keyworker books coaching calls in the slots offered; the Hub's staff record them held.
/// </summary>
public static class CoachingEndpoints
{
    private const string Own = "/api/keyworker/workshops/{id:guid}";

    public static void MapBookingCoachingCall(IEndpointRouteBuilder keyworker, IEndpointRouteBuilder staff)
    {
        keyworker
            .MapGet(
                $"{Own}/coaching-slots",
                async (Guid id, KeyworkerCaller me, IQuerySession session, ClinicClock times, CancellationToken ct) =>
                    await session.LoadAsync<Workshop>(id, ct) is { } w && w.PlaceOf(me.Id) is not null
                        ? TypedResults.Ok(await CoachingSlots.ReadAsync(session, w, times, ct))
                        : JourneyProblems.NotFound()
            )
            .DescribesRead<List<FreeCoachingSlot>>()
            .WithName("CoachingSlots")
            .WithTags("Workshops");
        keyworker
            .MapPost(
                $"{Own}/places/{{placeId:guid}}/coaching-calls",
                async (
                    Guid id,
                    Guid placeId,
                    BookCoachingCall command,
                    KeyworkerCaller me,
                    CoachingBooking booking,
                    HttpContext http
                ) =>
                {
                    var (outcome, callId) = await booking.BookAsync(me, id, placeId, command, http.RequestAborted);
                    return WorkshopWrites.Answer(http, outcome, v => new WorkshopWritten(id, v, placeId, callId));
                }
            )
            .Validate<BookCoachingCall>()
            .DescribesWrite<WorkshopWritten>()
            .WithName("BookCoachingCall")
            .WithTags("Workshops");
        staff
            .MapPost(
                "/api/workshops/{id:guid}/coaching-calls/{callId:guid}/held",
                (Guid id, Guid callId, StaffMember me, HttpContext http, TimeProvider clock) =>
                    StreamWrites.DecideAndAppendAsync<Workshop>(
                        id,
                        http,
                        w => w.HubId == me.HubId,
                        w => CoachingDecisions.RecordHeld(w, callId, clock.GetUtcNow()),
                        version => new WorkshopWritten(id, version, CallId: callId)
                    )
            )
            .DescribesWrite<WorkshopWritten>()
            .WithName("RecordCoachingCallHeld")
            .WithTags("Workshops");
    }
}
