using System.Security.Claims;
using FluentValidation;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.AdverseEvents.SupportingStaff;
using Hubs.Web.Features.GroupSupport.RecordingMeeting;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Authorization;

namespace Hubs.Web.Features.GroupSupport.FacilitatingGroups;

/// <summary>A meeting of a series the signed-in peer supporter facilitates; another's series is not found.</summary>
[Authorize(Policy = HubsPolicies.PeerSupporter)]
public sealed class FacilitatedMeetingModel(
    IDocumentSession session,
    ClinicClock clock,
    IValidator<RecordGroupMeetingHeld> held,
    IValidator<CancelGroupMeeting> cancelled
) : MeetingPage(session, clock, held, cancelled)
{
    public override string BackLink => "/peer-support/groups";

    protected override async Task<Func<GroupSeries, bool>?> CallerAsync(
        ClaimsPrincipal user,
        CancellationToken cancellationToken
    ) =>
        await PeerSupportCaller.FromPrincipalAsync(user, Session, HubChoice.Of(HttpContext), cancellationToken)
            is { } me
            ? GroupSeriesWrites.SeenBy(me)
            : null;
}
