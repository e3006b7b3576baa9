using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Kernel;
using Hubs.Web.Features.Shared;
using Hubs.Web.Features.Workshops.BookingCoachingCall;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Workshops.RecordingAttendance;

/// <summary>
/// One workshop of the caller's Hub: the roster with names (staff only), the form that records who came, and
/// the coaching calls booked afterwards, each recorded held here. Another Hub's workshop is not found.
/// </summary>
public sealed class RosterModel(IDocumentSession session, ClinicClock clock) : ClinicPage(session, clock)
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public long Version { get; set; }

    [BindProperty]
    public List<Guid> Attended { get; set; } = [];

    [BindProperty]
    public Guid CallId { get; set; }

    public WorkshopRoster Roster { get; private set; } = null!;

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Done = TempData["Done"] as string;
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        WriteAsync(
            w => RecordAttendanceDecision.Decide(w, new RecordAttendance(Attended), Times.Now),
            "Attendance recorded.",
            cancellationToken
        );

    public Task<IActionResult> OnPostHeldAsync(CancellationToken cancellationToken) =>
        WriteAsync(
            w => CoachingDecisions.RecordHeld(w, CallId, Times.Now),
            "Coaching call recorded.",
            cancellationToken
        );

    private async Task<IActionResult> WriteAsync(
        Func<Workshop, Decision> decide,
        string done,
        CancellationToken cancellationToken
    )
    {
        var outcome = await StreamAppend.TryAsync(
            Session,
            Id,
            Version,
            w => w.HubId == Me.HubId,
            decide,
            cancellationToken
        );
        if (Refused(outcome) is { } refused)
        {
            return outcome.Status == AppendStatus.NotFound || !await LoadAsync(cancellationToken)
                ? NotFound()
                : refused;
        }

        TempData["Done"] = done;
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await RosterReader.ReadAsync(Session, Id, Me, "roster", Times.Now, cancellationToken) is not { } roster)
        {
            return false;
        }

        Roster = roster;
        Version = roster.Workshop.Version;
        return true;
    }
}
