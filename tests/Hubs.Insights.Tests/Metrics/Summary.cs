namespace Hubs.Insights.Tests.Metrics;

/// <summary>
/// A median or mean before disclosure control, with the number of people it was computed from.
/// <paramref name="Value"/> is null exactly when <paramref name="BasePeople"/> is 0.
/// </summary>
internal sealed record Summary(decimal? Value, long BasePeople);
