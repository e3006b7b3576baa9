using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.TeamActivities.RatingTeamSession;

/// <summary>
/// The facilitator's side of the one-minute rating: open it for a held session of their Hub, then share the link or
/// code shown here with the attendees. Answers are counted here, never shown one by one.
/// </summary>
public sealed class RatingLinkModel(IDocumentSession session, ClinicClock clock) : ClinicPage(session, clock)
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public long Version { get; set; }

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
        var code = TeamSessionRatingDecisions.NewCode();
        var outcome = await StreamAppend.TryAsync(
            Session,
            Id,
            Version,
            (TeamActivity a) => a.HubId == Me.HubId,
            a => TeamSessionRatingDecisions.Open(a, Times.Now, code),
            cancellationToken
        );
        if (Refused(outcome) is NotFoundResult || !await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Version = Activity.Version;
        return Page();
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
