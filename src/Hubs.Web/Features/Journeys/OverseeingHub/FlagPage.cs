namespace Hubs.Web.Features.Journeys.OverseeingHub;

/// <summary>
/// One page of a list of flagged open cases (no contact for too long, missed appointments), worst first, ties by
/// journey so that a case is on one page only; <see cref="Total"/> counts the whole list. A busy Hub has thousands
/// of open cases past the no-contact mark: the whole list was most of the overview's page and of its time, and no one
/// reads four thousand lines (benchmarks/SCALE.md).
/// </summary>
public sealed record FlagPage(IReadOnlyList<CaseFlag> Rows, int Total, int Page, int Pages)
{
    public static readonly FlagPage Empty = new([], 0, 1, 1);

    public static FlagPage Of(IEnumerable<CaseFlag> flags, Func<CaseFlag, int> worst, (int Number, int Size) page)
    {
        var all = flags.OrderByDescending(worst).ThenBy(f => f.JourneyId).ToList();
        var pages = Math.Max(1, (all.Count + page.Size - 1) / page.Size);
        var number = Math.Clamp(page.Number, 1, pages);
        return new FlagPage(all.Skip((number - 1) * page.Size).Take(page.Size).ToList(), all.Count, number, pages);
    }
}
