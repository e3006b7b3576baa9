using Hubs.Web.Features.Journeys.ContactRules;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.CheckingInWhileWaiting;

/// <summary>What the record's check-in section shows, dates in the Hub's time zone.</summary>
public sealed record LatestCheckInSection(CheckInView? CheckIn, HubTime Time);

/// <summary>
/// The record's "Waiting-well check-in" section: the latest check-in's answers, with its own read, so the record page
/// shows it with one line. Only rendered on the record, which is itself behind the door and audited.
/// </summary>
public sealed class LatestCheckInViewComponent(IQuerySession session, ContactSettings settings) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid journeyId) =>
        View(
            "~/Features/Journeys/CheckingInWhileWaiting/_LatestCheckIn.cshtml",
            new LatestCheckInSection(
                await CheckIns.LatestAsync(session, journeyId, HttpContext.RequestAborted),
                new HubTime(settings.Zone)
            )
        );
}
