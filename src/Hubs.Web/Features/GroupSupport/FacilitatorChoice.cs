using FluentValidation;
using Hubs.Web.Features.AdverseEvents;
using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Kernel;
using Marten;

namespace Hubs.Web.Features.GroupSupport;

/// <summary>Who was chosen to facilitate a series: when it starts, and when the lead changes it.</summary>
public interface IFacilitatorChoice
{
    FacilitatorKind? FacilitatorKind { get; }

    Guid? FacilitatorId { get; }

    string? ExternalRole { get; }
}

/// <summary>
/// The facilitator rules each command's validator includes (one shared instance; internal, so the validators scan of
/// the assembly, which needs a public constructor, passes it by).
/// </summary>
internal sealed class FacilitatorChoiceValidator : AbstractValidator<IFacilitatorChoice>
{
    public static readonly FacilitatorChoiceValidator Rules = new();

    private FacilitatorChoiceValidator()
    {
        RuleFor(x => x.FacilitatorKind).NotNull().WithMessage("Choose who facilitates the group.");
        RuleFor(x => x.FacilitatorId)
            .NotEmpty()
            .When(x => x.FacilitatorKind is not null and not Codes.FacilitatorKind.ExternalIntervisor)
            .WithMessage("Choose the clinician or peer supporter who facilitates the group.");
        RuleFor(x => x.ExternalRole)
            .Must(RoleLabel.IsAcceptable)
            .When(x => x.FacilitatorKind == Codes.FacilitatorKind.ExternalIntervisor)
            .WithMessage("External intervisor: " + RoleLabel.Rule);
    }
}

/// <summary>
/// A series is facilitated by a clinician of the Hub, a peer supporter of its register who may take work today, or
/// an external intervisor named by role only: the one check both decisions make.
/// </summary>
public static class FacilitatorChoice
{
    /// <summary>What the decision needs to know of the chosen one: a Hub clinician, or their register entry.</summary>
    public static async Task<(bool IsHubClinician, PeerSupporter? Peer)> CandidateAsync(
        IQuerySession session,
        IFacilitatorChoice choice,
        string hubId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(choice);
        var clinicians = await ClinicianDirectory.ListAsync(session, hubId, cancellationToken);
        var peer =
            choice.FacilitatorKind == Codes.FacilitatorKind.PeerSupporter && choice.FacilitatorId is { } peerId
                ? await session.LoadAsync<PeerSupporter>(peerId, cancellationToken)
                : null;
        return (clinicians.Any(c => c.Id == choice.FacilitatorId), peer);
    }

    public static (GroupFacilitator? Facilitator, Refusal? Refusal) Check(
        IFacilitatorChoice choice,
        string hubId,
        bool isHubClinician,
        PeerSupporter? peer,
        DateOnly today
    )
    {
        ArgumentNullException.ThrowIfNull(choice);
        var kind = choice.FacilitatorKind!.Value;
        var available = peer is not null && peer.HubId == hubId && peer.CanBeAssigned(today);
        GroupFacilitator? facilitator = kind switch
        {
            FacilitatorKind.HubClinician when isHubClinician => new(kind, choice.FacilitatorId, null, null),
            FacilitatorKind.PeerSupporter when available => new(kind, peer!.Id, peer.AccountId, null),
            FacilitatorKind.ExternalIntervisor => new(kind, null, null, choice.ExternalRole!.Trim()),
            _ => null,
        };
        return facilitator is not null
            ? (facilitator, null)
            : (
                null,
                new Refusal(
                    "facilitator-unknown",
                    kind == Codes.FacilitatorKind.PeerSupporter
                        ? "Choose a peer supporter from your Hub's register who is available and in date for training."
                        : "Choose a clinician of your Hub."
                )
            );
    }
}
