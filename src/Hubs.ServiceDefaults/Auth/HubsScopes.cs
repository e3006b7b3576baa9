namespace Hubs.ServiceDefaults.Auth;

/// <summary>OAuth scopes and the audiences (resources) they grant.</summary>
public static class HubsScopes
{
    public const string Web = "hubs.web";
    public const string Insights = "hubs.insights";
    public const string FeedsRead = "feeds.read";

    /// <summary>A service (Hubs.Web) creating a keyworker's account as part of their self-referral.</summary>
    public const string AccountsRegister = "accounts.register";

    public const string WebAudience = "hubs-web";
    public const string InsightsAudience = "hubs-insights";
    public const string IdentityAudience = "hubs-identity";
}
