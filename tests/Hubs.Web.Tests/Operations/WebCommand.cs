using Hubs.Testing;

namespace Hubs.Web.Tests.Operations;

/// <summary>Web's one-shot commands as an operator runs them: a separate process, Production settings.</summary>
public static class WebCommand
{
    public static async Task<string> RunAsync(WebHostFixture web, string[] arguments, Dictionary<string, string>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(web);
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Clinical"] = web.Database.Clinical,
            ["RabbitMq__Uri"] = web.VirtualHost.Uri.ToString(),
            ["Pseudonymisation__Key"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            ["DataKeys__MasterKey"] = HubsSettings.DataMasterKey,
            ["Oidc__Authority"] = Hubs.Testing.Auth.TestIssuer.Shared.Authority.ToString(),
        };
        foreach (var (key, value) in settings ?? [])
        {
            environment[key] = value;
        }

        var dll = Path.Combine(AppContext.BaseDirectory, "Hubs.Web.dll");
        return await Shell.RunAsync("dotnet", [dll, .. arguments], environment, OneShot.Within);
    }
}
