namespace Hubs.Insights.Features.Tables;

/// <summary>The filter fields as they arrive (query string of a page or a feed), validated by <see cref="FilterRules{T}"/>.</summary>
public interface IFilterFields
{
    string? Hub { get; }

    string? From { get; }

    string? To { get; }

    string? Sector { get; }
}
