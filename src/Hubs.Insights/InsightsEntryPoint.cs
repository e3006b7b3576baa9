namespace Hubs.Insights;

/// <summary>A public type in the Insights host's assembly, for test hosts (WebApplicationFactory).</summary>
public sealed class InsightsEntryPoint;
