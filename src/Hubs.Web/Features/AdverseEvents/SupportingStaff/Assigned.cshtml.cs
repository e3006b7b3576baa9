using Hubs.Web.Features.Shared;
using Marten;

namespace Hubs.Web.Features.AdverseEvents.SupportingStaff;

/// <summary>
/// The peer supporter's own page: the events assigned to them with what is due next, and their account id.
/// </summary>
public sealed class AssignedModel(IDocumentSession session, ClinicClock clock) : PeerSupportPage(session, clock)
{
    public IReadOnlyList<AdverseEventRow> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var events = await SupportEndpoints.AssignedToAsync(Session, Me, cancellationToken);
        Events = [.. events.Select(e => AdverseEventRow.Of(e, [], Times.Now).ForPeerSupporter())];
    }
}
