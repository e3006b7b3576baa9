namespace Hubs.Insights.Metrics;

/// <summary>
/// Thresholds of the outcome metrics; the defaults are NHS Talking Therapies' (src/DOMAIN-RULES.md). A change here
/// changes every published figure, so it is a Hub-wide, documented setting.
/// </summary>
/// <param name="Phq9Caseness">First PHQ-9 at or above this is caseness; a last score below it is recovered.</param>
/// <param name="Gad7Caseness">Likewise for GAD-7.</param>
/// <param name="Phq9ReliableChange">A PHQ-9 change of at least this much is reliable.</param>
/// <param name="Gad7ReliableChange">Likewise for GAD-7.</param>
/// <param name="ShortWaitDays">The first wait target (6 weeks); a wait of exactly this many days is within it.</param>
/// <param name="LongWaitDays">The second wait target (18 weeks), inclusive likewise.</param>
public sealed record MetricThresholds(
    int Phq9Caseness = 10,
    int Gad7Caseness = 8,
    int Phq9ReliableChange = 6,
    int Gad7ReliableChange = 4,
    int ShortWaitDays = 42,
    int LongWaitDays = 126
)
{
    public static MetricThresholds Default { get; } = new();
}
