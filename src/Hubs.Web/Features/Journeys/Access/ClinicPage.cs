using System.Security.Claims;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.Access;

/// <summary>
/// Every clinician page: clinical staff only, the caller's own Hub only, the same Marten session and
/// clock the API uses (<see cref="StaffPage{TCaller}"/>). A refused or stale write is shown at the top of the form
/// (key <c>form</c>).
/// </summary>
[Authorize(Policy = HubsPolicies.ClinicalStaff)]
public abstract class ClinicPage(IDocumentSession session, ClinicClock clock)
    : StaffPage<StaffMember>(session, clock),
        IClinicWorkspacePage
{
    /// <summary>The keyworkers' names of the journeys a list shows (see <see cref="ShowNamesAsync"/>).</summary>
    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>Unseals the names of the listed journeys, all of the caller's Hub, for the rows' links.</summary>
    protected async Task ShowNamesAsync(IEnumerable<Guid> journeyIds, CancellationToken cancellationToken) =>
        Names = await KeyworkerNames.ReadAsync(Session, journeyIds, cancellationToken);

    protected override Task<StaffMember?> CallerAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Task.FromResult(StaffMember.FromPrincipal(user, HubChoice.Of(HttpContext)));

    /// <summary>A write that did not happen, as an error the person can act on; null when it was written.</summary>
    protected IActionResult? Refused(AppendOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        switch (outcome.Status)
        {
            case AppendStatus.Written:
                return null;
            case AppendStatus.NotFound:
                return NotFound();
            case AppendStatus.Stale:
                ModelState.AddModelError(
                    FormKey,
                    "Someone else recorded something on this journey while you were typing. "
                        + "Check the record, then save again: what you typed is kept below."
                );
                return Page();
            default:
                ModelState.AddModelError(FormKey, outcome.Refusal!.Detail);
                return Page();
        }
    }
}
