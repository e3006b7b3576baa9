using FluentValidation;
using Hubs.Web.Features.TeamActivities;

namespace Hubs.Web.Features.Consultations.LinkingTeamSession;

/// <summary>The team session (a team activity of the Hub) that followed the consultation's advice.</summary>
public sealed record LinkTeamSession(Guid TeamActivityId);

public sealed class LinkTeamSessionValidator : AbstractValidator<LinkTeamSession>
{
    public LinkTeamSessionValidator() =>
        RuleFor(x => x.TeamActivityId).NotEmpty().WithMessage("Choose the team session that followed.");
}

/// <summary>
/// Only a team session of the consultation's own Hub, not cancelled, is linked; a new one replaces it.
/// </summary>
public static class LinkTeamSessionDecision
{
    public static Decision Decide(Consultation consultation, TeamActivity? activity, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        if (activity is null || activity.HubId != consultation.HubId)
        {
            return Decision.Refuse("team-session-unknown", "Choose a team session of your Hub.");
        }

        if (activity.Status == TeamActivityStatus.Cancelled)
        {
            return Decision.Refuse("team-session-cancelled", "That team session was cancelled: choose one that ran.");
        }

        return activity.Id == consultation.TeamActivityId
            ? Decision.Refuse("already-linked", "That team session is already linked to this consultation.")
            : Decision.Accept(new ConsultationFollowedByTeamSession(consultation.Id, activity.Id, now));
    }
}
