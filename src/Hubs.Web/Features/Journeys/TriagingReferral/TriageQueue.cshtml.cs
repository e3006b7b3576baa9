using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.CheckingInWhileWaiting;
using Hubs.Web.Features.Journeys.OverseeingHub;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Hubs.Web.Features.Journeys.TriagingReferral;

/// <summary>
/// The Hub's triage queue (the API's order: raised risk first, then the longest wait) with each journey's screening
/// results: every urgent referral on every page, the others a page at a time; only the rows shown are unsealed.
/// </summary>
public sealed class TriageQueueModel(IDocumentSession session, ClinicClock clock, IOptions<ClinicOptions> options)
    : ClinicPage(session, clock)
{
    /// <summary>The page of the others (not "page": Razor Pages binds that name to the page's own route).</summary>
    [BindProperty(SupportsGet = true)]
    public int? QueuePage { get; set; }

    public UrgentFirstPage<TriageQueueRow> Queue { get; private set; } = new([], [], 0, 1, 1);

    public IReadOnlyList<TriageQueueRow> Rows { get; private set; } = [];

    public IReadOnlyDictionary<Guid, ScreeningSummary> Screening { get; private set; } =
        new Dictionary<Guid, ScreeningSummary>();

    public CheckInMarks CheckIns { get; private set; } = CheckInMarks.None;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var page = QueuePage is > 0 ? QueuePage.Value : 1;
        var size = options.Value.PageSize;
        Queue = await TriageQueue.PageAsync(Session, Me.HubId, Times.Now, page, size, cancellationToken);
        Rows = Queue.Shown.ToList();
        await ShowNamesAsync(Rows.Select(r => r.JourneyId), cancellationToken);
        var histories = await Session.LoadManyAsync<MeasureHistory>(cancellationToken, Rows.Select(r => r.JourneyId));
        Screening = histories.ToDictionary(h => h.Id, ScreeningSummary.Of);
        CheckIns = await CheckInMarks.ReadAsync(Session, Rows.Select(r => r.JourneyId), cancellationToken);
    }
}
