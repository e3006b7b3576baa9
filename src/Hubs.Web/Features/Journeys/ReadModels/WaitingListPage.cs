using Marten;

namespace Hubs.Web.Features.Journeys.ReadModels;

/// <summary>
/// One page of a Hub's waiting list (longest wait first) and the whole list's counts against the 6- and 18-week
/// marks, counted in the database: the page reads the rows it shows, not the list.
/// </summary>
public sealed record WaitingListPage(
    IReadOnlyList<WaitingListRow> Rows,
    int Total,
    int PastSixWeeks,
    int PastEighteenWeeks,
    int Page,
    int Pages
)
{
    public static WaitingListPage Empty { get; } = new([], 0, 0, 0, 1, 1);

    /// <summary>The page <paramref name="page"/> and the counts past the <paramref name="marks"/> (in days).</summary>
    public static async Task<WaitingListPage> ReadAsync(
        IQuerySession session,
        string hubId,
        DateTimeOffset now,
        (int Number, int Size) page,
        (int SixWeeks, int EighteenWeeks) marks,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        // Days waited are whole days since the referral (QueueEndpoints.DaysSince): more than N from N + 1 days on.
        var pastSix = now.AddDays(-(marks.SixWeeks + 1));
        var pastEighteen = now.AddDays(-(marks.EighteenWeeks + 1));
        // One round trip. Each count's condition is its partial index's (StaffListIndexes), so PostgreSQL counts the
        // index's entries; one count with FILTER clauses read every listed document's date from its JSON instead and
        // took longer than the three (benchmarks/SCALE.md).
        var batch = session.CreateBatchQuery();
        var total = batch.Query<WaitingListEntry>().Where(e => e.HubId == hubId && e.WaitingFor != null).Count();
        var six = batch
            .Query<WaitingListEntry>()
            .Where(e => e.HubId == hubId && e.WaitingFor != null && e.SubmittedAt <= pastSix)
            .Count();
        var eighteen = batch
            .Query<WaitingListEntry>()
            .Where(e => e.HubId == hubId && e.WaitingFor != null && e.SubmittedAt <= pastEighteen)
            .Count();
        var shown = batch
            .Query<WaitingListEntry>()
            .Where(e => e.HubId == hubId && e.WaitingFor != null)
            .OrderBy(e => e.SubmittedAt)
            .Skip((page.Number - 1) * page.Size)
            .Take(page.Size)
            .ToList();
        await batch.Execute(cancellationToken);
        var count = (int)await total;
        return new WaitingListPage(
            (await shown).Select(e => WaitingList.Row(e, now)).ToList(),
            count,
            (int)await six,
            (int)await eighteen,
            page.Number,
            Math.Max(1, (count + page.Size - 1) / page.Size)
        );
    }
}
