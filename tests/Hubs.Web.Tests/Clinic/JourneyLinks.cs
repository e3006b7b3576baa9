namespace Hubs.Web.Tests.Clinic;

/// <summary>Where a staff list links each journey, and whether one set of journeys is listed before another.</summary>
internal static class JourneyLinks
{
    public static string Link(Guid journey) => $"/clinic/journeys/{journey}";

    /// <summary>True when every journey of <paramref name="then"/> shown comes after the last of
    /// <paramref name="first"/>.</summary>
    public static bool Before(string html, IEnumerable<Guid> first, IEnumerable<Guid> then)
    {
        var lastFirst = first.Max(f => html.IndexOf(Link(f), StringComparison.Ordinal));
        var shownThen = then.Select(t => html.IndexOf(Link(t), StringComparison.Ordinal)).Where(i => i >= 0);
        return shownThen.All(i => i > lastFirst);
    }
}
