using FluentValidation;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Shared;
using Hubs.Web.Features.TeamActivities;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Consultations.LinkingTeamSession;

/// <summary>
/// One consultation of the caller's Hub, and the form that links the team session that followed — the validator
/// and decision of <c>POST /api/consultations/{id}/team-session</c>. Another Hub's consultation is not found.
/// </summary>
public sealed class ConsultationRecordModel(
    IDocumentSession session,
    ClinicClock clock,
    IValidator<LinkTeamSession> validator
) : ClinicPage(session, clock)
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public long Version { get; set; }

    [BindProperty]
    public string? TeamActivityId { get; set; }

    public Consultation Consultation { get; private set; } = null!;

    /// <summary>The Hub's team sessions that were not cancelled, newest first.</summary>
    public IReadOnlyList<TeamActivity> Sessions { get; private set; } = [];

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Done = TempData["Done"] as string;
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Version = Consultation.Version;
        TeamActivityId = Consultation.TeamActivityId?.ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new LinkTeamSession(Guid.TryParse(TeamActivityId, out var a) ? a : Guid.Empty);
        if (Validate(validator, command))
        {
            var activity = await Session.LoadAsync<TeamActivity>(command.TeamActivityId, cancellationToken);
            var outcome = await StreamAppend.TryAsync(
                Session,
                Id,
                Version,
                (Consultation c) => c.HubId == Me.HubId,
                c => LinkTeamSessionDecision.Decide(c, activity, Times.Now),
                cancellationToken
            );
            if (Refused(outcome) is null)
            {
                TempData["Done"] = "Team session linked.";
                return RedirectToPage();
            }
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    public string Describe(TeamActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return $"{activity.Team}, {Times.ShowDate(activity.StartsAt)}";
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var consultation = await Session.LoadAsync<Consultation>(Id, cancellationToken);
        if (consultation is null || consultation.HubId != Me.HubId)
        {
            return false;
        }

        Consultation = consultation;
        var activities = await TeamActivityEndpoints.ListForHubAsync(Session, Me.HubId, cancellationToken);
        Sessions = [.. activities.Where(a => a.Status != TeamActivityStatus.Cancelled)];
        return true;
    }
}
