using System.Globalization;
using Hubs.Web.Features.Journeys.Access;
using Marten;

namespace Hubs.Web.Features.Journeys.ReadModels;

/// <summary>
/// <c>GET /api/waiting-list?hubId=</c>: the Hub's whole waiting list, as it always was, or one page of it on request
/// (<c>page</c>, <c>pageSize</c> up to 500, 100 when only the page is given). A busy Hub's list is thousands long
/// (1,904 at 50,000 journeys: benchmarks/SCALE.md). Either way <c>X-Total-Count</c> holds the whole list's length, and
/// a page before the last links the next (<c>Link: &lt;…&gt;; rel="next"</c>, RFC 8288).
/// </summary>
public static class WaitingListEndpoint
{
    public const int MaxPageSize = 500;

    public static async Task<IResult> ReadAsync(
        string hubId,
        string? page,
        string? pageSize,
        StaffMember staff,
        IQuerySession session,
        TimeProvider clock,
        HttpResponse response,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(response);
        if (hubId != staff?.HubId)
        {
            return JourneyProblems.OtherHub();
        }

        var now = clock.GetUtcNow();
        if (page is null && pageSize is null)
        {
            var whole = await WaitingList.ListAsync(session, hubId, now, cancellationToken);
            response.Headers["X-Total-Count"] = whole.Count.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Ok(whole);
        }

        if (!Whole(page ?? "1", int.MaxValue, out var number) || !Whole(pageSize ?? "100", MaxPageSize, out var size))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]>
                {
                    ["page"] = [$"Give page as a whole number from 1, and pageSize from 1 to {MaxPageSize}."],
                },
                title: "That is not a page of the waiting list."
            );
        }

        // Counted apart: a count over the whole list in the rows' query (count(*) over ()) would read every row.
        var rows = await WaitingList
            .Listed(session, hubId)
            .Skip((number - 1) * size)
            .Take(size)
            .ToListAsync(cancellationToken);
        var total = await WaitingList.Waiting(session, hubId).CountAsync(cancellationToken);
        response.Headers["X-Total-Count"] = total.ToString(CultureInfo.InvariantCulture);
        if ((long)number * size < total)
        {
            var next = $"/api/waiting-list?hubId={Uri.EscapeDataString(hubId)}&page={number + 1}&pageSize={size}";
            response.Headers.Link = $"<{next}>; rel=\"next\"";
        }

        return TypedResults.Ok(rows.Select(e => WaitingList.Row(e, now)).ToList());
    }

    private static bool Whole(string text, int most, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 1 && value <= most;
}
