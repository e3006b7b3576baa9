using Hubs.Insights.Metrics;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// Where the tables get their per-journey facts. The query layer asks for the Hubs it may show and
/// filters the rest itself, so any store of <see cref="JourneyFacts"/> can stand behind it.
/// </summary>
public interface IJourneyFactsSource
{
    Task<IReadOnlyList<JourneyFacts>> LoadAsync(IReadOnlySet<string> hubIds, CancellationToken cancellationToken);
}
