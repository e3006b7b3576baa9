namespace Hubs.Deploy.Tests.Configuration;

/// <summary>
/// Keys a host reads that the deployments deliberately leave unset, each with the reason. Anything else a
/// host reads must be given by compose.yaml and the Kubernetes manifests (or by the image's appsettings.json).
/// </summary>
internal static class NotDeployed
{
    public const string AnyHost = "*";

    public static readonly (string Host, string Key, string Reason)[] Keys =
    [
        (AnyHost, "ASPNETCORE_URLS", "set by the image (http://+:8080)"),
        (AnyHost, "ASPNETCORE_ENVIRONMENT", "set by the image (Production)"),
        (AnyHost, "Logging:JsonFile", "an extra log file; containers log to stdout on a read-only filesystem"),
        (AnyHost, "Oidc:RequireHttpsMetadata", "HTTPS metadata is required outside Development; keep it so"),
        ("Web", "Oidc:ClientId", "defaults to hubs-web, the client Identity's migration declares"),
        ("Insights", "Oidc:ClientId", "defaults to hubs-insights, the client Identity's migration declares"),
        ("Web", "Accounts", "derived from Oidc:Authority, Oidc:ClientId and Oidc:ClientSecret"),
        ("Web", "Hubs:Daemon:LeadershipPollingMilliseconds", "default 5000 ms"),
        ("Web", "Hubs:Clinic", "default: a case is flagged after 21 days without contact"),
        ("Web", "Hubs:Drafts", "defaults: drafts live 24 hours, swept every 10 minutes"),
        (
            "Web",
            "DataKeys:PreviousMasterKeys",
            "only while rotating the master key (ops/runbooks/rotate-data-master-key.md)"
        ),
        ("Web", "Email:PickupDirectory", "development mailbox instead of SMTP"),
        ("Web", "Sms:PickupDirectory", "development folder instead of the SMS gateway"),
        ("Identity", "Email:PickupDirectory", "development mailbox instead of SMTP"),
        (
            AnyHost,
            "Email:SmtpSecurity",
            "default StartTls (port 465: SslOnConnect); None only for a relay on a loopback address"
        ),
        ("Identity", "Hubs:Schema:AutoCreate", "honoured in Development only; production applies schema with migrate"),
        ("Identity", "Oidc:Clients", "read by migrate only: Identity's migration is given them, the server is not"),
        (
            "Identity",
            "RateLimits:AccountFormPostsPerMinute",
            "default 20 account-form posts a minute per client address and per account"
        ),
        (
            "Identity",
            "RateLimits:TokenRequestsPerMinute",
            "default 120 token requests a minute per client address and per client_id"
        ),
        (
            "Web",
            "RateLimits:SelfReferralPostsPerMinute",
            "default 10 self-referrals sent a minute per client address and per account"
        ),
        (AnyHost, "ForwardedHeaders:KnownProxies", "the deployments name their proxy by range (KnownNetworks)"),
        ("Identity", "Demo:WebUrl", "seed-demo only"),
        ("Identity", "Demo:InsightsUrl", "seed-demo only"),
    ];

    public static bool Covers(string host, string key) =>
        Keys.Any(k => (k.Host == AnyHost || k.Host == host) && HostKeys.Within(key, k.Key));
}
