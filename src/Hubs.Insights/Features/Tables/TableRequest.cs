namespace Hubs.Insights.Features.Tables;

/// <summary>One table, filtered; <paramref name="By"/> is the equity breakdown (equity table only).</summary>
public sealed record TableRequest(string Table, InsightsFilter Filter, string? By = null);
