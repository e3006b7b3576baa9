using Hubs.Web.Features.Journeys.Access;
using Marten;

namespace Hubs.Web.Features.Journeys.ReadModels;

public sealed record WaitingListRow(
    Guid JourneyId,
    WaitingFor WaitingFor,
    Guid? ClinicianId,
    DateTimeOffset SubmittedAt,
    int DaysWaited
);

/// <summary>The Hub's waiting list, longest wait first, days counted from the referral.</summary>
public static class WaitingList
{
    /// <summary>The list itself, for the API and the hub overview page alike.</summary>
    public static async Task<List<WaitingListRow>> ListAsync(
        IQuerySession session,
        string hubId,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        var entries = await session
            .Query<WaitingListEntry>()
            .Where(e => e.HubId == hubId && e.WaitingFor != null)
            .OrderBy(e => e.SubmittedAt)
            .ToListAsync(cancellationToken);
        return entries.Select(e => Row(e, now)).ToList();
    }

    internal static WaitingListRow Row(WaitingListEntry e, DateTimeOffset now) =>
        new(e.Id, e.WaitingFor!.Value, e.ClinicianId, e.SubmittedAt, QueueEndpoints.DaysSince(e.SubmittedAt, now));
}
