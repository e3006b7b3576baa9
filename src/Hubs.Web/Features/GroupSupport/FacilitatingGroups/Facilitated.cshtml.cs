using Hubs.Web.Features.AdverseEvents.SupportingStaff;
using Hubs.Web.Features.Shared;
using Marten;

namespace Hubs.Web.Features.GroupSupport.FacilitatingGroups;

/// <summary>The reflective groups a peer supporter facilitates: theirs only, with their meetings.</summary>
public sealed class FacilitatedModel(IDocumentSession session, ClinicClock clock) : PeerSupportPage(session, clock)
{
    public IReadOnlyList<GroupSeries> Series { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Series = await GroupSeriesStore.FacilitatedByAsync(Session, Me, cancellationToken);
}
