namespace Hubs.Deploy.Tests.Configuration;

/// <summary>The scanner itself: it must see what each host reads, and nothing a host does not read.</summary>
public class ConfigurationScannerTests
{
    [Theory]
    [InlineData("Web", "ConnectionStrings:Clinical")]
    [InlineData("Web", "Pseudonymisation:Key")]
    [InlineData("Web", "DataKeys:MasterKey")]
    [InlineData("Web", "DataKeys:PreviousMasterKeys:0")]
    [InlineData("Web", "Hubs:Directory:0:Opens")]
    [InlineData("Web", "RabbitMq:Uri")]
    [InlineData("Web", "Hubs:Schema:AutoCreate")]
    [InlineData("Web", "Hubs:Daemon:Mode")]
    [InlineData("Web", "Hubs:Directory:0:Id")]
    [InlineData("Web", "Hubs:TimeZone")]
    [InlineData("Web", "Oidc:Authority")]
    [InlineData("Web", "OTEL_EXPORTER_OTLP_ENDPOINT")]
    [InlineData("Web", "Oidc:ClientSecret")]
    [InlineData("Web", "Contact:DiscreetFrom")]
    [InlineData("Web", "Accounts:Endpoint")]
    [InlineData("Web", "Hubs:Drafts:Lifetime")]
    [InlineData("Web", "Email:SmtpHost")]
    [InlineData("Web", "Sms:GatewayKey")]
    [InlineData("Insights", "Oidc:ClientSecret")]
    [InlineData("Identity", "Oidc:Issuer")]
    [InlineData("Identity", "Oidc:KeyPassword")]
    [InlineData("Identity", "Oidc:Clients:0:ServiceScopes:0")]
    [InlineData("Identity", "Email:SmtpPassword")]
    [InlineData("Insights", "ConnectionStrings:Insights")]
    [InlineData("Insights", "RabbitMq:Uri")]
    [InlineData("Insights", "Oidc:Audience")]
    [InlineData("Identity", "ConnectionStrings:Identity")]
    [InlineData("Identity", "ASPNETCORE_URLS")]
    public void Finds_keys_the_host_reads(string host, string key) =>
        Assert.True(ConfigurationScanner.For(host).Reads(key), $"{host} should read {key}");

    [Theory]
    [InlineData("Insights", "ConnectionStrings:Clinical")]
    [InlineData("Insights", "Pseudonymisation:Key")]
    [InlineData("Insights", "DataKeys:MasterKey")]
    [InlineData("Insights", "Hubs:Directory:0:Id")]
    [InlineData("Identity", "RabbitMq:Uri")]
    [InlineData("Identity", "Oidc:Authority")]
    [InlineData("Web", "ConnectionStrings:Insights")]
    [InlineData("Web", "Oidc:Clients:0:ClientId")]
    [InlineData("Insights", "Email:SmtpHost")]
    [InlineData("Insights", "Sms:GatewayKey")]
    [InlineData("Identity", "Contact:SignInUrl")]
    [InlineData("Web", "Hubs:Schema:AutoCreate:Extra")]
    public void Does_not_find_keys_the_host_never_reads(string host, string key) =>
        Assert.False(ConfigurationScanner.For(host).Reads(key), $"{host} should not read {key}");

    [Theory]
    [InlineData("Web", "ConnectionStrings:Clinical,DataKeys:MasterKey,Pseudonymisation:Key,RabbitMq:Uri")]
    [InlineData("Insights", "ConnectionStrings:Insights,RabbitMq:Uri")]
    [InlineData("Identity", "ConnectionStrings:Identity")]
    public void Finds_the_keys_a_host_cannot_start_without(string host, string required) =>
        Assert.Equal(required.Split(','), ConfigurationScanner.For(host).Required.Order(StringComparer.Ordinal));

    /// <summary>Two options types each with a <c>Section</c> constant: each GetSection(X.Section) is X's own.</summary>
    [Theory]
    [InlineData("Web", "Contact")]
    [InlineData("Web", "Accounts")]
    [InlineData("Web", "Hubs:Drafts")]
    [InlineData("Web", "Hubs:Clinic")]
    [InlineData("Web", "Hubs:Directory")]
    public void Resolves_each_options_type_to_its_own_section(string host, string section) =>
        Assert.Contains(section, ConfigurationScanner.For(host).Sections);

    [Fact]
    public void A_key_neither_set_nor_listed_as_not_deployed_is_unset()
    {
        var web = ConfigurationScanner.For("Web");
        var unset = web.UnsetBy(["Oidc__Authority", "Email__From", "Hubs__Directory__0__Id"]).ToList();
        Assert.Contains("Oidc:ClientSecret", unset);
        Assert.Contains("Sms", unset);
        Assert.DoesNotContain("Email", unset);
        Assert.DoesNotContain("Oidc:Authority", unset);
        Assert.DoesNotContain("Hubs:Directory", unset);
        Assert.DoesNotContain("AllowedHosts", unset); // appsettings.json sets it
        Assert.DoesNotContain("Hubs:Drafts", unset); // NotDeployed: defaults
    }

    [Fact]
    public void Environment_variable_names_map_to_keys() =>
        Assert.Equal("Hubs:Directory:0:Name", HostKeys.KeyOf("Hubs__Directory__0__Name"));
}
