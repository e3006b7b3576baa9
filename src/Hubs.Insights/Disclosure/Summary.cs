namespace Hubs.Insights.Disclosure;

/// <summary>
/// A median or mean before disclosure control, with the number of people it was computed from.
/// <paramref name="Value"/> is null exactly when <paramref name="BasePeople"/> is 0.
/// </summary>
public sealed record Summary(decimal? Value, long BasePeople);
