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
    [InlineData("Web", "Hubs:Schema:AutoCreate:Extra")]
    public void Does_not_find_keys_the_host_never_reads(string host, string key) =>
        Assert.False(ConfigurationScanner.For(host).Reads(key), $"{host} should not read {key}");

    [Theory]
    [InlineData("Web", "ConnectionStrings:Clinical,DataKeys:MasterKey,Pseudonymisation:Key,RabbitMq:Uri")]
    [InlineData("Insights", "ConnectionStrings:Insights,RabbitMq:Uri")]
    [InlineData("Identity", "ConnectionStrings:Identity")]
    public void Finds_the_keys_a_host_cannot_start_without(string host, string required) =>
        Assert.Equal(required.Split(','), ConfigurationScanner.For(host).Required.Order(StringComparer.Ordinal));

    [Fact]
    public void Environment_variable_names_map_to_keys() =>
        Assert.Equal("Hubs:Directory:0:Name", HostKeys.KeyOf("Hubs__Directory__0__Name"));
}
