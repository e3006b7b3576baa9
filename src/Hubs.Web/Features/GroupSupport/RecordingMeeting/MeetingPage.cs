using System.Security.Claims;
using FluentValidation;
using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.GroupSupport.RatingMeeting;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Shared;
using Hubs.Web.Features.TeamActivities.RatingTeamSession;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.GroupSupport.RecordingMeeting;

/// <summary>
/// One meeting of a series: record it held (a count; names only of members who agreed; the ground rules at the first
/// meeting) or cancelled with a reason, then open its anonymous rating — the validators and decisions of the API's
/// meeting writes. The clinic's page and the facilitating peer supporter's differ only in who sees the series
/// (<see cref="SeenByAsync"/>, checked on every read and write: a series not theirs is not found) and their policy.
/// </summary>
public abstract class MeetingPage(
    IDocumentSession session,
    ClinicClock clock,
    IValidator<RecordGroupMeetingHeld> held,
    IValidator<CancelGroupMeeting> cancelled
) : PageModel
{
    public const string Yes = "yes";

    private Func<GroupSeries, bool> visible = _ => false;

    public ClinicClock Times { get; } = clock;

    [FromRoute]
    public Guid Id { get; set; }

    [FromRoute]
    public Guid MeetingId { get; set; }

    [BindProperty]
    public long Version { get; set; }

    [BindProperty]
    public string? AttendanceCount { get; set; }

    [BindProperty]
    public string? Names { get; set; }

    [BindProperty]
    public string? Consented { get; set; }

    [BindProperty]
    public string? GroundRules { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public GroupSeries Series { get; private set; } = null!;

    public GroupMeeting Meeting { get; private set; } = null!;

    public abstract string BackLink { get; }

    /// <summary>Which series the signed-in caller sees, or null when they are not who the page is for.</summary>
    protected abstract Task<Func<GroupSeries, bool>?> SeenByAsync(
        ClaimsPrincipal user,
        IQuerySession session,
        CancellationToken cancellationToken
    );

    public override async Task OnPageHandlerExecutionAsync(
        PageHandlerExecutingContext context,
        PageHandlerExecutionDelegate next
    )
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (await SeenByAsync(User, session, HttpContext.RequestAborted) is not { } seen)
        {
            context.Result = Forbid();
            return;
        }

        visible = seen;
        await next();
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new RecordGroupMeetingHeld(
            Words.Number(AttendanceCount) ?? 0,
            [.. (Names ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
            Consented == Yes,
            GroundRules == Yes
        );
        Validate(held, command);
        return WriteAsync(
            s => RecordMeetingDecisions.RecordHeld(s, MeetingId, command, Times.Now),
            $"Attendance recorded: {command.AttendanceCount}.",
            cancellationToken
        );
    }

    public Task<IActionResult> OnPostCancelAsync(CancellationToken cancellationToken)
    {
        var command = new CancelGroupMeeting(Words.Parse<MeetingCancellationReason>(Reason));
        Validate(cancelled, command);
        return WriteAsync(
            s => RecordMeetingDecisions.Cancel(s, MeetingId, command, Times.Now),
            "Meeting recorded as cancelled.",
            cancellationToken
        );
    }

    public Task<IActionResult> OnPostRatingAsync(CancellationToken cancellationToken)
    {
        var code = TeamSessionRatingDecisions.NewCode();
        return WriteAsync(
            s => MeetingRatingDecisions.Open(s, MeetingId, code, Times.Now),
            "Rating opened: share the link with the members who came.",
            cancellationToken
        );
    }

    private void Validate<T>(IValidator<T> validator, T command)
    {
        foreach (var (field, message) in InputHygiene.Check(command))
        {
            ModelState.AddModelError(field, message);
        }

        ModelState.AddFirstPerField(validator.Validate(command).Errors);
        // The consent rule names the command's field; the form's checkbox is Consented.
        FieldErrors.Move(ModelState, nameof(RecordGroupMeetingHeld.EveryoneNamedConsented), nameof(Consented));
    }

    private async Task<IActionResult> WriteAsync(
        Func<GroupSeries, Decision> decide,
        string done,
        CancellationToken cancellationToken
    )
    {
        if (ModelState.IsValid)
        {
            var outcome = await StreamAppend.TryAsync(session, Id, Version, visible, decide, cancellationToken);
            switch (outcome.Status)
            {
                case AppendStatus.Written:
                    TempData["Done"] = done;
                    return RedirectToPage();
                case AppendStatus.NotFound:
                    return NotFound();
                case AppendStatus.Stale:
                    ModelState.AddModelError(
                        "form",
                        "Someone recorded something on this series while you were typing. Check it, then save again."
                    );
                    break;
                default:
                    ModelState.AddModelError("form", outcome.Refusal!.Detail);
                    break;
            }
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var series = await session.LoadAsync<GroupSeries>(Id, cancellationToken);
        if (series is null || !visible(series) || series.Meeting(MeetingId) is not { } meeting)
        {
            return false;
        }

        (Series, Meeting, Version) = (series, meeting, series.Version);
        return true;
    }
}
