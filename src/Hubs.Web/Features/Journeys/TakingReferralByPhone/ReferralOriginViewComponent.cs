using Hubs.Web.Features.Journeys.Events;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.TakingReferralByPhone;

/// <summary>
/// The record's "Where the referral came from": how the keyworker heard about the Hub and whether it came online or
/// by phone, read from the referral itself (the stream's first event), so the record page shows it with one line.
/// </summary>
public sealed class ReferralOriginViewComponent(IQuerySession session) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid journeyId)
    {
        var first = await session.Events.FetchStreamAsync(journeyId, 1, token: HttpContext.RequestAborted);
        var origin = first.Select(e => e.Data).OfType<SelfReferralSubmitted>().FirstOrDefault()?.Origin;
        return View(
            "~/Features/Journeys/TakingReferralByPhone/_ReferralOrigin.cshtml",
            origin ?? ReferralOrigin.Unknown
        );
    }
}
