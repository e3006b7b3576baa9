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
        var entries = await Listed(session, hubId).ToListAsync(cancellationToken);
        return entries.Select(e => Row(e, now)).ToList();
    }

    /// <summary>Who is on the list (its partial index: Infrastructure/StaffListIndexes.cs).</summary>
    internal static IQueryable<WaitingListEntry> Waiting(IQuerySession session, string hubId) =>
        session.Query<WaitingListEntry>().Where(e => e.HubId == hubId && e.WaitingFor != null);

    /// <summary>The list in its order, longest wait first.</summary>
    internal static IQueryable<WaitingListEntry> Listed(IQuerySession session, string hubId) =>
        Waiting(session, hubId).OrderBy(e => e.SubmittedAt);

    internal static WaitingListRow Row(WaitingListEntry e, DateTimeOffset now) =>
        new(e.Id, e.WaitingFor!.Value, e.ClinicianId, e.SubmittedAt, QueueEndpoints.DaysSince(e.SubmittedAt, now));
}
