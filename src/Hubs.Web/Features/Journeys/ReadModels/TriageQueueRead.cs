using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Questionnaires;
using Hubs.Web.Features.Shared;
using Marten;
using Marten.Pagination;

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
        return items.Select(i => Row(i, now)).ToList();
    }

    /// <summary>
    /// The clinician page's queue: every urgent referral (longest wait first), then one page of the others in the
    /// queue's order (raised risk, then the longest wait).
    /// </summary>
    public static async Task<UrgentFirstPage<TriageQueueRow>> PageAsync(
        IQuerySession session,
        string hubId,
        DateTimeOffset now,
        int page,
        int pageSize,
        CancellationToken cancellationToken
    )
    {
        var queued = session.Query<TriageQueueItem>().Where(i => i.HubId == hubId && i.InQueue);
        var urgent = await queued
            .Where(i => i.Risk == RiskLevel.Urgent)
            .OrderBy(i => i.SubmittedAt)
            .ToListAsync(cancellationToken);
        var others = await queued
            .Where(i => i.Risk != RiskLevel.Urgent)
            .OrderByDescending(i => i.Risk)
            .ThenBy(i => i.SubmittedAt)
            .ToPagedListAsync(page, pageSize, cancellationToken);
        return new UrgentFirstPage<TriageQueueRow>(
            urgent.Select(i => Row(i, now)).ToList(),
            others.Select(i => Row(i, now)).ToList(),
            (int)others.TotalItemCount,
            page,
            pageSize
        );
    }

    private static TriageQueueRow Row(TriageQueueItem i, DateTimeOffset now) =>
        new(i.Id, i.Status, i.Risk, i.SubmittedAt, QueueEndpoints.DaysSince(i.SubmittedAt, now), i.ByPhoneRequested);
}
