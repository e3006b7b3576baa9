using System.Security.Claims;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Authorization;

namespace Hubs.Web.Features.AdverseEvents.SupportingStaff;

/// <summary>
/// Every peer supporter page: the peer-supporter role only, and only events assigned to the caller in their Hub
/// (<see cref="PeerSupportCaller.Supports"/>). Not a clinic page: a peer supporter sees nothing clinical.
/// </summary>
[Authorize(Policy = HubsPolicies.PeerSupporter)]
public abstract class PeerSupportPage(IDocumentSession session, ClinicClock clock)
    : StaffPage<PeerSupportCaller>(session, clock)
{
    protected override Task<PeerSupportCaller?> CallerAsync(
        ClaimsPrincipal user,
        CancellationToken cancellationToken
    ) => PeerSupportCaller.FromPrincipalAsync(user, Session, HubChoice.Of(HttpContext), cancellationToken);
}
