namespace Hubs.Insights.Features.Tables;

/// <summary>
/// One table of the catalogue: for one of the caller's Hubs (none for the by-Hub table) over one fixed
/// period; <paramref name="By"/> is the equity breakdown (equity table only).
/// </summary>
public sealed record TableRequest(string Table, string? Hub, Period Period, string? By = null);
