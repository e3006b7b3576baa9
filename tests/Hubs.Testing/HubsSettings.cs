namespace Hubs.Testing;

/// <summary>The configuration each host gets in tests, as operators would set it (Section:Key).</summary>
public static class HubsSettings
{
    /// <summary>
    /// One data master key per test process, so every Web host a test starts on a database opens its keys.
    /// </summary>
    public static readonly string DataMasterKey = Convert.ToBase64String(
        System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)
    );

    public static Dictionary<string, string?> Web(TestDatabase database, Uri rabbitMq, string logFile) =>
        new()
        {
            ["ConnectionStrings:Clinical"] = database.Clinical,
            ["RabbitMq:Uri"] = rabbitMq.ToString(),
            ["Pseudonymisation:Key"] = Convert.ToBase64String(
                System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)
            ),
            ["DataKeys:MasterKey"] = DataMasterKey,
            ["Hubs:Schema:AutoCreate"] = "true",
            ["Hubs:Daemon:LeadershipPollingMilliseconds"] = "500",
            // Tests refer far more often than a person: the limit has its own tests (SelfReferralRateLimitTests).
            ["RateLimits:SelfReferralPostsPerMinute"] = "100000",
            ["Oidc:Authority"] = Auth.TestIssuer.Shared.Authority.ToString(),
            ["Logging:JsonFile"] = logFile,
        };

    public static Dictionary<string, string?> Insights(TestDatabase database, Uri rabbitMq, string logFile) =>
        new()
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
