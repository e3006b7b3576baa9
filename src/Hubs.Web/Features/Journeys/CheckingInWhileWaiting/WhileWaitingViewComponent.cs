using Hubs.Web.Features.Hubs.KeepingSelfHelpLibrary;
using Hubs.Web.Features.Journeys.AnsweringScreening;
using Hubs.Web.Features.Journeys.ReadModels;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.CheckingInWhileWaiting;

/// <summary>What the keyworker's "While you wait" section shows.</summary>
public sealed record WhileWaitingSection(Guid JourneyId, bool OffersCheckIn, IReadOnlyList<SelfHelpItem> Library);

/// <summary>
/// "While you wait", with its own read: the journey's Hub's self-help library and, on "Your support", the check-in
/// link while the keyworker waits. The referral-sent page names its screening (the capability it is reached by), the
/// journey card the journey (already behind the keyworker's door). Nothing shows once support has started or ended.
/// </summary>
public sealed class WhileWaitingViewComponent(IQuerySession session) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid journeyId, Guid screeningId)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (journeyId == Guid.Empty && screeningId != Guid.Empty)
        {
            journeyId = (await session.LoadAsync<ScreeningDraft>(screeningId, cancellationToken))?.JourneyId ?? default;
        }

        var own =
            journeyId == Guid.Empty ? null : await session.LoadAsync<JourneyAppointments>(journeyId, cancellationToken);
        if (own is null || !CheckIns.IsWaiting(own))
        {
            return Content("");
        }

        var library = await SelfHelpLibrary.ListAsync(session, own.HubId, cancellationToken);
        return View(
            "~/Features/Journeys/CheckingInWhileWaiting/_WhileWaiting.cshtml",
            new WhileWaitingSection(journeyId, screeningId == Guid.Empty, library)
        );
    }
}
