using Hubs.Web.Features.AdverseEvents;
using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Shared;
using Marten;

namespace Hubs.Web.Features.GroupSupport;

/// <summary>
/// The Hub's clinicians and peer supporters, for naming a series' facilitator and offering one: clinicians of the
/// Hub, and peer supporters of its register who may take work today.
/// </summary>
public sealed record FacilitatorNames(IReadOnlyList<ClinicianProfile> Clinicians, IReadOnlyList<PeerSupporter> Peers)
{
    public static FacilitatorNames None { get; } = new([], []);

    public IReadOnlyList<Choice> Offered(DateOnly today) =>
        [
            .. Clinicians.Select(c => new Choice(
                $"{nameof(FacilitatorKind.HubClinician)}:{c.Id}",
                $"{c.Name} (clinician)"
            )),
            .. Peers
                .Where(p => p.CanBeAssigned(today))
                .Select(p => new Choice(
                    $"{nameof(FacilitatorKind.PeerSupporter)}:{p.Id}",
                    $"{p.Name} (peer supporter)"
                )),
            new(nameof(FacilitatorKind.ExternalIntervisor), "An external intervisor (named by role below)"),
        ];

    public string Of(GroupFacilitator facilitator)
    {
        ArgumentNullException.ThrowIfNull(facilitator);
        var name = facilitator.Kind switch
        {
            FacilitatorKind.HubClinician => Clinicians.FirstOrDefault(c => c.Id == facilitator.FacilitatorId)?.Name,
            FacilitatorKind.PeerSupporter => Peers.FirstOrDefault(p => p.Id == facilitator.FacilitatorId)?.Name,
            _ => null,
        };
        return GroupWords.Facilitator(facilitator.Kind, facilitator.ExternalRole, name);
    }

    public static async Task<FacilitatorNames> LoadAsync(
        IQuerySession session,
        string hubId,
        CancellationToken cancellationToken
    ) =>
        new(
            await ClinicianDirectory.ListAsync(session, hubId, cancellationToken),
            await AdverseEventStore.RegisterAsync(session, hubId, cancellationToken)
        );
}
