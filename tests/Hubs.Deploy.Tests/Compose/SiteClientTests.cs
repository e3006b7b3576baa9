using Hubs.Deploy.Tests.Kubernetes;
using Hubs.Deploy.Tests.Support;

namespace Hubs.Deploy.Tests.Compose;

/// <summary>
/// Identity's migration registers each site's client with the very secret the site signs in with, and
/// the redirects of the site's own address; Web's client may create keyworkers' accounts.
/// </summary>
public class SiteClientTests
{
    [Theory]
    [InlineData("web", "hubs-web", "HUBS_WEB_URL")]
    [InlineData("insights", "hubs-insights", "HUBS_INSIGHTS_URL")]
    public void Compose_registers_the_site_client_with_its_secret_and_address(
        string site,
        string clientId,
        string origin
    )
    {
        var services = ComposeFile.Load().Services;
        var clients = ComposeFile.Environment(services["migrate-identity"]);
        var prefix = clients
            .Single(p => p.Key.EndsWith("__ClientId", StringComparison.Ordinal) && p.Value == clientId)
            .Key[..^"ClientId".Length];
        Assert.Equal(
            ComposeFile.Environment(services[site])["Oidc__ClientSecret"].Split(':')[0].TrimEnd('}'),
            clients[prefix + "ClientSecret"].Split(':')[0].TrimEnd('}')
        );
        Assert.StartsWith("${" + origin, clients[prefix + "RedirectUris__0"], StringComparison.Ordinal);
        Assert.EndsWith("}/signin-oidc", clients[prefix + "RedirectUris__0"], StringComparison.Ordinal);
        Assert.Equal("${" + origin + "}/signout-callback-oidc", clients[prefix + "PostLogoutRedirectUris__0"]);
        Assert.Equal(
            site == "web" ? "accounts.register" : null,
            clients.GetValueOrDefault(prefix + "ServiceScopes__0")
        );
    }

    [Theory]
    [InlineData("hubs-web", "https://web.hubs.example")]
    [InlineData("hubs-insights", "https://insights.hubs.example")]
    public void Kubernetes_registers_the_site_client_with_its_secret_and_address(string clientId, string origin)
    {
        var manifests = Manifest.LoadAll();
        var clients = manifests
            .Single(m => m.Kind == "ConfigMap" && m.Name == "hubs-identity-clients")
            .Document.Strings("data");
        var prefix = clients
            .Single(p => p.Key.EndsWith("__ClientId", StringComparison.Ordinal) && p.Value == clientId)
            .Key[..^"ClientId".Length];
        Assert.Equal(origin + "/signin-oidc", clients[prefix + "RedirectUris__0"]);
        Assert.Equal(origin + "/signout-callback-oidc", clients[prefix + "PostLogoutRedirectUris__0"]);
        Assert.Equal(
            clientId == "hubs-web" ? "accounts.register" : null,
            clients.GetValueOrDefault(prefix + "ServiceScopes__0")
        );

        var migration = Env(manifests, "Job", "hubs-migrate-identity");
        var site = Env(manifests, "Deployment", clientId);
        Assert.Equal(SecretOf(site, "Oidc__ClientSecret"), SecretOf(migration, prefix + "ClientSecret"));
        var settings = manifests
            .Single(m => m.Kind == "ConfigMap" && m.Name == clientId + "-settings")
            .Document.Strings("data");
        var identity = manifests
            .Single(m => m.Kind == "ConfigMap" && m.Name == "hubs-identity-settings")
            .Document.Strings("data");
        Assert.Equal(identity["Oidc__Issuer"], settings["Oidc__Authority"]);
    }

    private static List<Dictionary<string, object?>> Env(List<Manifest> manifests, string kind, string name) =>
        manifests
            .Single(m => m.Kind == kind && m.Name == name)
            .Document.Maps("spec", "template", "spec", "containers")
            .Single()
            .Maps("env")
            .ToList();

    private static string SecretOf(List<Dictionary<string, object?>> env, string variable)
    {
        var reference = env.Single(e => e.Str("name") == variable).Map("valueFrom", "secretKeyRef");
        return $"{reference.Str("name")}/{reference.Str("key")}";
    }
}
