using Hubs.Web.Features.ServiceDirectory;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.ReferringOn;

/// <summary>One referral still waiting for an answer, as the caseload and hub overview list it.</summary>
public sealed record OpenOnwardReferral(
    Guid JourneyId,
    DateTimeOffset SubmittedAt,
    OnwardEntry Referral,
    string Service
);

/// <summary>
/// The open onward referrals of a Hub (the hub overview) or of one clinician's caseload, oldest first: its own
/// section, so the shared pages only place it. Reads <see cref="OnwardRecord"/>, filtered by Hub in the query.
/// </summary>
public sealed class OpenOnwardReferralsViewComponent(IQuerySession session) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string hubId, Guid? clinicianId)
    {
        var query = session.Query<OnwardRecord>().Where(r => r.HubId == hubId && r.OpenCount > 0 && !r.Ended);
        if (clinicianId is { } clinician)
        {
            query = query.Where(r => r.ClinicianId == clinician);
        }

        var records = await query.ToListAsync(HttpContext.RequestAborted);
        var open = records.SelectMany(r => r.Referrals.Where(x => x.IsOpen).Select(x => (r, x))).ToList();
        var services = await ServiceDirectoryRead.ByIdAsync(
            session,
            open.Select(o => o.x.ServiceId),
            HttpContext.RequestAborted
        );
        var rows = open.Select(o => new OpenOnwardReferral(
                o.r.Id,
                o.r.SubmittedAt,
                o.x,
                services.TryGetValue(o.x.ServiceId, out var s)
                    ? ServiceWords.Named(s.Details.Name, s.Details.Kind)
                    : ServiceWords.Of(o.x.ServiceKind)
            ))
            .OrderBy(o => o.Referral.RecordedAt)
            .ToList();
        return View("/Features/Journeys/ReferringOn/_OpenOnwardReferrals.cshtml", rows);
    }
}
