namespace Hubs.Web.Features.Shared;

/// <summary>
/// One page of a staff list that must never page away an urgent case: every urgent row, on every page, then one page
/// of the others. Only the rows of this page are read in full (names unsealed, screening shown).
/// </summary>
public sealed record UrgentFirstPage<T>(
    IReadOnlyList<T> Urgent,
    IReadOnlyList<T> Others,
    int OthersTotal,
    int Page,
    int PageSize
)
{
    /// <summary>The whole list's length, urgent rows included.</summary>
    public int Total => Urgent.Count + OthersTotal;

    /// <summary>Pages of the others (at least one, so "page 1 of 1" reads right on an empty list).</summary>
    public int Pages => Math.Max(1, (OthersTotal + PageSize - 1) / PageSize);

    /// <summary>The rows shown: urgent first, then this page of the others.</summary>
    public IEnumerable<T> Shown => Urgent.Concat(Others);
}

/// <summary>Pages of a list read whole (a clinician's caseload: a few dozen rows), already in its order.</summary>
public static class UrgentFirstPage
{
    public static UrgentFirstPage<T> Of<T>(IReadOnlyList<T> urgent, IReadOnlyList<T> others, int page, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(others);
        var shown = others.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        return new UrgentFirstPage<T>(urgent, shown, others.Count, page, pageSize);
    }
}
