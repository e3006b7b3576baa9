using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Kernel;
using Marten;

namespace Hubs.Web.Features.Workshops.RecordingAttendance;

/// <summary>
/// The Hub's staff read a workshop's roster (names, for them only; each read audited) and record who came. Another
/// Hub's workshop is not found (404), exactly as one that does not exist.
/// </summary>
public static class AttendanceEndpoints
{
    private const string Workshop = "/api/workshops/{id:guid}";

    public static IEndpointRouteBuilder MapRecordingAttendance(this IEndpointRouteBuilder staff)
    {
        staff
            .MapGet($"{Workshop}/roster", RosterAsync)
            .DescribesRead<WorkshopRoster>()
            .WithName("WorkshopRoster")
            .WithTags("Workshops")
            .WithSummary("One workshop of the caller's Hub with each place, its holder's name and scores.");
        staff
            .MapPost(
                $"{Workshop}/attendance",
                (Guid id, RecordAttendance command, StaffMember me, HttpContext http, TimeProvider clock) =>
                    StreamWrites.DecideAndAppendAsync<Workshop>(
                        id,
                        http,
                        w => w.HubId == me.HubId,
                        w => RecordAttendanceDecision.Decide(w, command, clock.GetUtcNow()),
                        version => new WorkshopWritten(id, version)
                    )
            )
            .Validate<RecordAttendance>()
            .DescribesWrite<WorkshopWritten>()
            .WithName("RecordWorkshopAttendance")
            .WithTags("Workshops");
        return staff;
    }

    private static async Task<IResult> RosterAsync(
        Guid id,
        StaffMember me,
        IDocumentSession session,
        TimeProvider clock,
        CancellationToken cancellationToken
    )
    {
        var now = clock.GetUtcNow();
        var roster = await RosterReader.ReadAsync(session, id, me, "roster (API)", now, cancellationToken);
        return roster is null ? JourneyProblems.NotFound() : TypedResults.Ok(roster);
    }
}
