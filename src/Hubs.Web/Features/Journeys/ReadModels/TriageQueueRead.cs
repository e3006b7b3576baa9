using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Questionnaires;
using Marten;

namespace Hubs.Web.Features.Journeys.ReadModels;

public sealed record TriageQueueRow(
    Guid JourneyId,
    JourneyStatus Status,
    RiskLevel Risk,
    DateTimeOffset SubmittedAt,
    int DaysWaited,
    bool ByPhoneRequested = false
);

/// <summary>The Hub's triage queue: raised risk first, then the longest wait.</summary>
public static class TriageQueue
{
    /// <summary>The queue itself, for the API and the clinician pages alike.</summary>
    public static async Task<List<TriageQueueRow>> ListAsync(
        IQuerySession session,
        string hubId,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        var items = await session
            .Query<TriageQueueItem>()
            .Where(i => i.HubId == hubId && i.InQueue)
            .OrderByDescending(i => i.Risk)
            .ThenBy(i => i.SubmittedAt)
            .ToListAsync(cancellationToken);
        return items
            .Select(i => new TriageQueueRow(
                i.Id,
                i.Status,
                i.Risk,
                i.SubmittedAt,
                QueueEndpoints.DaysSince(i.SubmittedAt, now),
                i.ByPhoneRequested
            ))
            .ToList();
    }
}
