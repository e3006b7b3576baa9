using FluentValidation;
using Hubs.Web.Features.GroupSupport.RatingMeeting;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Shared;
using Hubs.Web.Features.TeamActivities.RatingTeamSession;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.GroupSupport.RecordingMeeting;

/// <summary>
/// One meeting of a series: record it held (a count; names only of members who agreed; the ground rules at the first
/// meeting) or cancelled with a reason, then open its anonymous rating — the validators and decisions of the API's
/// meeting writes. The clinic's page and the facilitating peer supporter's differ only in who sees the series (the
/// caller, as the series they see: checked on every read and write, a series not theirs is not found) and their
/// policy.
/// </summary>
public abstract class MeetingPage(
    IDocumentSession session,
    ClinicClock clock,
    IValidator<RecordGroupMeetingHeld> held,
    IValidator<CancelGroupMeeting> cancelled
) : StreamPage<Func<GroupSeries, bool>, GroupSeries>(session, clock)
{
    public const string Yes = "yes";

    [FromRoute]
    public Guid MeetingId { get; set; }

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

    protected override string Noun => "series";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => OpenAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new RecordGroupMeetingHeld(
            Words.Number(AttendanceCount) ?? 0,
            [.. (Names ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
            Consented == Yes,
            GroundRules == Yes
        );
        Validate(held, command);
        // The consent rule names the command's field; the form's checkbox is Consented.
        FieldErrors.Move(ModelState, nameof(RecordGroupMeetingHeld.EveryoneNamedConsented), nameof(Consented));
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

    /// <summary>
    /// Which series the caller sees (the clinic's: their Hub's; a peer supporter's: those they facilitate).
    /// </summary>
    protected override bool Sees(GroupSeries state) => Me(state);

    protected override Task<bool> ShowAsync(GroupSeries state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Meeting(MeetingId) is not { } meeting)
        {
            return Task.FromResult(false);
        }

        (Series, Meeting) = (state, meeting);
        return Task.FromResult(true);
    }
}
