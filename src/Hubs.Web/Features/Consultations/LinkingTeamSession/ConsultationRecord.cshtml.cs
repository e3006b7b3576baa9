using FluentValidation;
using Hubs.Web.Features.Shared;
using Hubs.Web.Features.TeamActivities;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Consultations.LinkingTeamSession;

/// <summary>
/// One consultation of the caller's Hub, and the form that links the team session that followed — the validator
/// and decision of <c>POST /api/consultations/{id}/team-session</c>. Another Hub's consultation is not found; a save
/// on a stale page is asked again (<see cref="StreamPage{TCaller, TState}"/>).
/// </summary>
public sealed class ConsultationRecordModel(
    IDocumentSession session,
    ClinicClock clock,
    IValidator<LinkTeamSession> validator
) : ClinicStreamPage<Consultation>(session, clock)
{
    [BindProperty]
    public string? TeamActivityId { get; set; }

    public Consultation Consultation { get; private set; } = null!;

    /// <summary>The Hub's team sessions that were not cancelled, newest first.</summary>
    public IReadOnlyList<TeamActivity> Sessions { get; private set; } = [];

    protected override string Noun => "consultation";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => OpenAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new LinkTeamSession(Guid.TryParse(TeamActivityId, out var a) ? a : Guid.Empty);
        var activity = Validate(validator, command)
            ? await Session.LoadAsync<TeamActivity>(command.TeamActivityId, cancellationToken)
            : null;
        return await WriteAsync(
            c => LinkTeamSessionDecision.Decide(c, activity, Times.Now),
            "Team session linked.",
            cancellationToken
        );
    }

    public string Describe(TeamActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return $"{activity.Team}, {Times.ShowDate(activity.StartsAt)}";
    }

    protected override bool Sees(Consultation state) => state.HubId == Me.HubId;

    protected override void Opened(Consultation state) => TeamActivityId = state.TeamActivityId?.ToString();

    protected override async Task<bool> ShowAsync(Consultation state, CancellationToken cancellationToken)
    {
        Consultation = state;
        var activities = await TeamActivityEndpoints.ListForHubAsync(Session, Me.HubId, cancellationToken);
        Sessions = [.. activities.Where(a => a.Status != TeamActivityStatus.Cancelled)];
        return true;
    }
}
