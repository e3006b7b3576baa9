using System.Security.Claims;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Authorization;

namespace Hubs.Web.Features.Kernel;

/// <summary>
/// A <see cref="StreamPage{TCaller, TState}"/> for clinical staff (a clinician or the lead) of a Hub.
/// </summary>
[Authorize(Policy = HubsPolicies.ClinicalStaff)]
public abstract class ClinicStreamPage<TState>(IDocumentSession session, ClinicClock clock)
    : StreamPage<StaffMember, TState>(session, clock),
        IClinicWorkspacePage
    where TState : class, IStreamSnapshot
{
    protected override Task<StaffMember?> CallerAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Task.FromResult(StaffMember.FromPrincipal(user, HubChoice.Of(HttpContext)));
}
