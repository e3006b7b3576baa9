using Hubs.Insights.Metrics;

namespace Hubs.Insights.Features.Tables;

/// <summary>A journey's facts with its outcome flags, classified once (see MetricDefinitions.md).</summary>
public sealed record JourneyRecord(JourneyFacts Facts, JourneyOutcome Outcome)
{
    public static JourneyRecord Of(JourneyFacts facts) => new(facts, JourneyOutcome.Classify(facts));
}
