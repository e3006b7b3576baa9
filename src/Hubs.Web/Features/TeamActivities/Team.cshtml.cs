using FluentValidation;
using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.TeamActivities;

/// <summary>
/// Team-based support: the Hub's team sessions, workshops and reflective groups with attendance counts,
/// and a form to plan one — the validator and stream start of <c>POST /api/team-activities</c>.
/// </summary>
public sealed class TeamModel(IDocumentSession session, ClinicClock clock, IValidator<PlanTeamActivity> validator)
    : ClinicPage(session, clock)
{
    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Team { get; set; }

    [BindProperty]
    public string? Date { get; set; }

    [BindProperty]
    public string? Time { get; set; }

    [BindProperty]
    public string? DurationMinutes { get; set; } = "60";

    [BindProperty]
    public string? FacilitatorId { get; set; }

    public IReadOnlyList<TeamActivity> Activities { get; private set; } = [];

    public IReadOnlyList<ClinicianProfile> Clinicians { get; private set; } = [];

    public IReadOnlyList<Choice> Facilitators => Clinicians.Select(c => new Choice(c.Id.ToString(), c.Name)).ToList();

    public string? Done { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Done = TempData["Done"] as string;
        FacilitatorId ??= Me.Id.ToString();
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var startsAt = DateAndTime(Date, Time);
        var command = new PlanTeamActivity(
            Words.Parse<TeamActivityKind>(Kind),
            Team ?? "",
            startsAt,
            Words.Number(DurationMinutes) ?? 0,
            Guid.TryParse(FacilitatorId, out var f) ? f : Guid.Empty
        );
        Validate(validator, command);
        ModelState.Remove(nameof(PlanTeamActivity.StartsAt));
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        TeamActivityEndpoints.Start(Session, command, Me.HubId, Times.Now);
        await Session.SaveChangesAsync(cancellationToken);
        TempData["Done"] = "Team activity planned.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Activities = await TeamActivityEndpoints.ListForHubAsync(Session, Me.HubId, cancellationToken);
        Clinicians = await ClinicianDirectory.ListAsync(Session, Me.HubId, cancellationToken);
    }
}
