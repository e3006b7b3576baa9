using Hubs.Web.Features.ServiceDirectory;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.ReferringOn;

/// <summary>The record's section on onward referrals and steps of care, with the service names.</summary>
public sealed record OnwardOnRecord(
    Guid JourneyId,
    OnwardRecord? Record,
    IReadOnlyDictionary<Guid, ServiceListing> Services
)
{
    public string ServiceOf(Guid id, ServiceKind kind) =>
        Services.TryGetValue(id, out var s)
            ? ServiceWords.Named(s.Details.Name, s.Details.Kind)
            : ServiceWords.Of(kind);
}

/// <summary>
/// Lists a journey's onward referrals and steps of care in order, with the actions on them. The record page has
/// already opened (and audited) the journey; this reads only its read model.
/// </summary>
public sealed class OnwardOnRecordViewComponent(IQuerySession session) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid journeyId)
    {
        var record = await session.LoadAsync<OnwardRecord>(journeyId, HttpContext.RequestAborted);
        var ids = (record?.Referrals.Select(r => r.ServiceId) ?? []).Concat(
            record?.MovedOnTo is { } movedOnTo ? [movedOnTo] : []
        );
        var services = await ServiceDirectoryRead.ByIdAsync(session, ids, HttpContext.RequestAborted);
        return View(
            "/Features/Journeys/ReferringOn/_OnwardOnRecord.cshtml",
            new OnwardOnRecord(journeyId, record, services)
        );
    }
}
