using Hubs.Web.Features.Journeys.ReadModels;
using Marten;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Shared;

namespace Hubs.Web.Features.Journeys.TriagingReferral;

/// <summary>The Hub's triage queue (the API's read: raised risk first, then the longest wait) with the screening scores.</summary>
public sealed class TriageQueueModel(IDocumentSession session, ClinicClock clock) : ClinicPage(session, clock)
{
    public IReadOnlyList<TriageQueueRow> Rows { get; private set; } = [];

    public IReadOnlyDictionary<Guid, MeasurePoint> Screening { get; private set; } = new Dictionary<Guid, MeasurePoint>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rows = await TriageQueue.ListAsync(Session, Me.HubId, Times.Now, cancellationToken);
        await ShowNamesAsync(Rows.Select(r => r.JourneyId), cancellationToken);
        var histories = await Session.LoadManyAsync<MeasureHistory>(cancellationToken, Rows.Select(r => r.JourneyId));
        Screening = histories
            .Select(h => (h.Id, Point: h.Points.LastOrDefault(p => p.Occasion == MeasureOccasion.Screening)))
            .Where(h => h.Point is not null)
            .ToDictionary(h => h.Id, h => h.Point!);
    }
}
