namespace Hubs.Testing;

/// <summary>The configuration each host gets in tests, as operators would set it (Section:Key).</summary>
public static class HubsSettings
{
    public static Dictionary<string, string?> Web(TestDatabase database, Uri rabbitMq, string logFile) => new()
    {
        ["ConnectionStrings:Clinical"] = database.Clinical,
        ["RabbitMq:Uri"] = rabbitMq.ToString(),
        ["Pseudonymisation:Key"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        ["Hubs:Schema:AutoCreate"] = "true",
        ["Hubs:Daemon:LeadershipPollingMilliseconds"] = "500",
        ["Oidc:Authority"] = Auth.TestIssuer.Shared.Authority.ToString(),
        ["Logging:JsonFile"] = logFile,
    };

    public static Dictionary<string, string?> Insights(TestDatabase database, Uri rabbitMq, string logFile) => new()
    {
        ["ConnectionStrings:Insights"] = database.Insights,
        ["RabbitMq:Uri"] = rabbitMq.ToString(),
        ["Oidc:Authority"] = Auth.TestIssuer.Shared.Authority.ToString(),
        ["Hubs:Schema:AutoCreate"] = "true",
        ["Logging:JsonFile"] = logFile,
    };

    public static Dictionary<string, string?> Web(TestDatabase database, TestVirtualHost vhost, string logFile) =>
        Web(database, vhost.Uri, logFile);

    public static Dictionary<string, string?> Insights(TestDatabase database, TestVirtualHost vhost, string logFile) =>
        Insights(database, vhost.Uri, logFile);

    public static string NewLogFile(string host) =>
        Path.Combine(Path.GetTempPath(), "hubs-test-logs", $"{host}-{Guid.NewGuid():N}.json");
}
