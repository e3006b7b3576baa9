using FluentValidation;
using Hubs.Web.Features.Kernel;

namespace Hubs.Web.Features.AdverseEvents.AssigningPeerSupporter;

/// <summary>Give the event to a peer supporter from the Hub's register (or hand it to another one).</summary>
public sealed record AssignPeerSupporter(Guid PeerSupporterId);

public sealed class AssignPeerSupporterValidator : AbstractValidator<AssignPeerSupporter>
{
    public AssignPeerSupporterValidator() =>
        RuleFor(x => x.PeerSupporterId).NotEmpty().WithMessage("Choose a peer supporter from the register.");
}

/// <summary>
/// Only an available, in-date peer supporter of the event's own Hub is assigned, and only while the event is open.
/// </summary>
public static class AssignPeerSupporterDecision
{
    public static Decision Decide(AdverseEvent adverse, PeerSupporter? supporter, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(adverse);
        if (supporter is null || supporter.HubId != adverse.HubId)
        {
            return Decision.Refuse("peer-supporter-unknown", "Choose a peer supporter from your Hub's register.");
        }

        if (!supporter.CanBeAssigned(today))
        {
            return Decision.Refuse(
                "peer-supporter-unavailable",
                "This peer supporter cannot take events now: they are archived, unavailable or due a refresher."
            );
        }

        if (!adverse.IsOpen)
        {
            return Decision.Refuse("event-closed", "Every contact for this event has been recorded.");
        }

        return supporter.Id == adverse.PeerSupporterId
            ? Decision.Refuse("already-assigned", "This peer supporter is already assigned to the event.")
            : Decision.Accept(new PeerSupporterAssigned(adverse.Id, supporter.Id, supporter.AccountId, now));
    }
}
