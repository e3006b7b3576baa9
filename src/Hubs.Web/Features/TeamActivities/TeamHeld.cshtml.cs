using FluentValidation;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.TeamActivities;

/// <summary>
/// The activity was held: how many came. The validator and decision of the API's <c>…/held</c>; or cancel it.
/// Another Hub's activity is not found; a save on a stale page is asked again
/// (<see cref="StreamPage{TCaller, TState}"/>).
/// </summary>
public sealed class TeamHeldModel(
    IDocumentSession session,
    ClinicClock clock,
    IValidator<RecordTeamActivityHeld> validator
) : ClinicStreamPage<TeamActivity>(session, clock)
{
    [BindProperty]
    public string? AttendanceCount { get; set; }

    public TeamActivity Activity { get; private set; } = null!;

    protected override string Noun => "activity";

    protected override string? AfterWrite => "/TeamActivities/Team";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => OpenAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new RecordTeamActivityHeld(Words.Number(AttendanceCount) ?? 0);
        Validate(validator, command);
        return WriteAsync(
            a => TeamActivityDecisions.RecordHeld(a, command, Times.Now),
            $"Attendance recorded: {command.AttendanceCount}.",
            cancellationToken
        );
    }

    public Task<IActionResult> OnPostCancelAsync(CancellationToken cancellationToken) =>
        WriteAsync(a => TeamActivityDecisions.Cancel(a, Times.Now), "Team activity cancelled.", cancellationToken);

    protected override bool Sees(TeamActivity state) => state.HubId == Me.HubId;

    protected override Task<bool> ShowAsync(TeamActivity state, CancellationToken cancellationToken)
    {
        Activity = state;
        return Task.FromResult(true);
    }
}
