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
        var listed = session.Query<WaitingListEntry>().Where(e => e.HubId == hubId && e.WaitingFor != null);
        // Days waited are whole days since the referral (QueueEndpoints.DaysSince): more than N from N + 1 days on.
        var pastSix = now.AddDays(-(marks.SixWeeks + 1));
        var pastEighteen = now.AddDays(-(marks.EighteenWeeks + 1));
        var total = await listed.CountAsync(cancellationToken);
        var six = await listed.CountAsync(e => e.SubmittedAt <= pastSix, cancellationToken);
        var eighteen = await listed.CountAsync(e => e.SubmittedAt <= pastEighteen, cancellationToken);
        var rows = await listed
            .OrderBy(e => e.SubmittedAt)
            .Skip((page.Number - 1) * page.Size)
            .Take(page.Size)
            .ToListAsync(cancellationToken);
        return new WaitingListPage(
            rows.Select(e => WaitingList.Row(e, now)).ToList(),
            total,
            six,
            eighteen,
            page.Number,
            Math.Max(1, (total + page.Size - 1) / page.Size)
        );
    }
}
