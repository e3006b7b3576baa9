using FluentValidation;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.TeamActivities;

/// <summary>
/// The activity was held: how many came. The validator and decision of the API's <c>…/held</c>; or cancel it.
/// </summary>
public sealed class TeamHeldModel(
    IDocumentSession session,
    ClinicClock clock,
    IValidator<RecordTeamActivityHeld> validator
) : ClinicPage(session, clock)
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public long Version { get; set; }

    [BindProperty]
    public string? AttendanceCount { get; set; }

    public TeamActivity Activity { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Version = Activity.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new RecordTeamActivityHeld(Words.Number(AttendanceCount) ?? 0);
        Validate(validator, command);
        return await WriteAsync(
            a => TeamActivityDecisions.RecordHeld(a, command, Times.Now),
            $"Attendance recorded: {command.AttendanceCount}.",
            cancellationToken
        );
    }

    public Task<IActionResult> OnPostCancelAsync(CancellationToken cancellationToken) =>
        WriteAsync(a => TeamActivityDecisions.Cancel(a, Times.Now), "Team activity cancelled.", cancellationToken);

    private async Task<IActionResult> WriteAsync(
        Func<TeamActivity, Features.Kernel.Decision> decide,
        string done,
        CancellationToken cancellationToken
    )
    {
        if (ModelState.IsValid)
        {
            var outcome = await StreamAppend.TryAsync(
                Session,
                Id,
                Version,
                (TeamActivity a) => a.HubId == Me.HubId,
                decide,
                cancellationToken
            );
            if (Refused(outcome) is { } refused)
            {
                if (refused is NotFoundResult || !await LoadAsync(cancellationToken))
                {
                    return NotFound();
                }

                return Page();
            }

            TempData["Done"] = done;
            return RedirectToPage("/TeamActivities/Team");
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var activity = await Session.LoadAsync<TeamActivity>(Id, cancellationToken);
        if (activity is null || activity.HubId != Me.HubId)
        {
            return false;
        }

        Activity = activity;
        return true;
    }
}
