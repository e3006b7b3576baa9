using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.CheckingInWhileWaiting;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Shared;
using Marten;

namespace Hubs.Web.Features.Journeys.TriagingReferral;

/// <summary>
/// The Hub's triage queue (the API's read: raised risk first, then the longest wait) with each journey's screening
/// results.
/// </summary>
public sealed class TriageQueueModel(IDocumentSession session, ClinicClock clock) : ClinicPage(session, clock)
{
    public IReadOnlyList<TriageQueueRow> Rows { get; private set; } = [];

    public IReadOnlyDictionary<Guid, ScreeningSummary> Screening { get; private set; } =
        new Dictionary<Guid, ScreeningSummary>();

    public CheckInMarks CheckIns { get; private set; } = CheckInMarks.None;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rows = await TriageQueue.ListAsync(Session, Me.HubId, Times.Now, cancellationToken);
        await ShowNamesAsync(Rows.Select(r => r.JourneyId), cancellationToken);
        var histories = await Session.LoadManyAsync<MeasureHistory>(cancellationToken, Rows.Select(r => r.JourneyId));
        Screening = histories.ToDictionary(h => h.Id, ScreeningSummary.Of);
        CheckIns = await CheckInMarks.ReadAsync(Session, Rows.Select(r => r.JourneyId), cancellationToken);
    }
}
