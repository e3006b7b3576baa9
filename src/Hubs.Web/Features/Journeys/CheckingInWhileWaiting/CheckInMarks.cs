using Marten;

namespace Hubs.Web.Features.Journeys.CheckingInWhileWaiting;

/// <summary>
/// The latest check-in of each journey on a staff list (triage queue, waiting list), for its marker. A list page
/// loads it with one line and shows each row's with <c>_CheckInMarker</c>.
/// </summary>
public sealed record CheckInMarks(IReadOnlyDictionary<Guid, CheckInView> Latest)
{
    public static CheckInMarks None { get; } = new(new Dictionary<Guid, CheckInView>());

    public CheckInView? For(Guid journeyId) => Latest.GetValueOrDefault(journeyId);

    public static async Task<CheckInMarks> ReadAsync(
        IQuerySession session,
        IEnumerable<Guid> journeyIds,
        CancellationToken cancellationToken
    ) => new(await CheckIns.LatestAsync(session, journeyIds, cancellationToken));
}
