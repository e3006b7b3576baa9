namespace Hubs.ServiceDefaults.Health;

public static class HealthTags
{
    /// <summary>
    /// Checks that must pass before a host takes traffic (MassTransit tags its bus check "ready" too).
    /// </summary>
    public const string Ready = "ready";
}
