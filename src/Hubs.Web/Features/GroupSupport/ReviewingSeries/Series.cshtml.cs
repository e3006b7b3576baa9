using FluentValidation;
using Hubs.Web.Features.AdverseEvents;
using Hubs.Web.Features.GroupSupport.ConfirmingProtectedTime;
using Hubs.Web.Features.GroupSupport.SchedulingMeeting;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.GroupSupport.ReviewingSeries;

/// <summary>
/// One series for clinical staff of its Hub: how it is set up, its meetings, the cancellation and low-attendance
/// patterns the lead looks for, and the forms that schedule a meeting and record protected time — the validators and
/// decisions of <c>POST /api/group-series/{id}/meetings</c> and <c>…/protected-time</c>.
/// </summary>
public sealed class SeriesModel(
    IDocumentSession session,
    ClinicClock clock,
    IValidator<ScheduleGroupMeeting> meetings,
    IValidator<ConfirmProtectedTime> protectedTime
) : ClinicStreamPage<GroupSeries>(session, clock)
{
    [BindProperty]
    public string? Date { get; set; }

    [BindProperty]
    public string? Time { get; set; }

    [BindProperty]
    public string? ConfirmedOn { get; set; }

    [BindProperty]
    public string? ConfirmedBy { get; set; }

    public GroupSeries Series { get; private set; } = null!;

    public SeriesPatterns Patterns => SeriesPatterns.Of(Series);

    public FacilitatorNames People { get; private set; } = FacilitatorNames.None;

    protected override string Noun => "series";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => OpenAsync(cancellationToken);

    public Task<IActionResult> OnPostScheduleAsync(CancellationToken cancellationToken)
    {
        var startsAt = Times.FromLocal(Date, Time);
        var command = new ScheduleGroupMeeting(startsAt);
        Validate(meetings, command);
        ModelState.Remove(nameof(ScheduleGroupMeeting.StartsAt));
        if (startsAt is null)
        {
            ModelState.AddModelError(nameof(Date), "Enter the date and time, like 2026-12-01 and 13:00.");
        }

        var meetingId = Guid.CreateVersion7();
        return WriteAsync(
            s => ScheduleGroupMeetingDecision.Decide(s, command, meetingId, Times.Now),
            "Meeting scheduled.",
            cancellationToken
        );
    }

    public Task<IActionResult> OnPostProtectedTimeAsync(CancellationToken cancellationToken)
    {
        var command = new ConfirmProtectedTime(AdverseEventWords.Day(ConfirmedOn), ConfirmedBy ?? "");
        Validate(protectedTime, command);
        FieldErrors.Move(ModelState, nameof(ConfirmProtectedTime.ConfirmedByRole), nameof(ConfirmedBy));

        return WriteAsync(
            s => ConfirmProtectedTimeDecision.Decide(s, command, AdverseEventStore.Today(Times), Times.Now),
            "Protected time recorded.",
            cancellationToken
        );
    }

    protected override bool Sees(GroupSeries state) => state.HubId == Me.HubId;

    protected override async Task<bool> ShowAsync(GroupSeries state, CancellationToken cancellationToken)
    {
        Series = state;
        People = await FacilitatorNames.LoadAsync(Session, Me.HubId, cancellationToken);
        return true;
    }
}
