using System.Security.Claims;
using FluentValidation;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Authorization;

namespace Hubs.Web.Features.GroupSupport.RecordingMeeting;

/// <summary>A meeting for clinical staff of the series' Hub (a clinician or the lead).</summary>
[Authorize(Policy = HubsPolicies.ClinicalStaff)]
public sealed class MeetingModel(
    IDocumentSession session,
    ClinicClock clock,
    IValidator<RecordGroupMeetingHeld> held,
    IValidator<CancelGroupMeeting> cancelled
) : MeetingPage(session, clock, held, cancelled)
{
    public override string BackLink => $"/clinic/groups/{Id}";

    protected override Task<Func<GroupSeries, bool>?> CallerAsync(
        ClaimsPrincipal user,
        CancellationToken cancellationToken
    ) =>
        Task.FromResult(
            StaffMember.FromPrincipal(user, HubChoice.Of(HttpContext)) is { } me ? GroupSeriesWrites.SeenBy(me) : null
        );
}
