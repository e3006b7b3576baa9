using System.Text.Json;

namespace Hubs.Identity.Demo;

/// <summary><c>seed-demo [path]</c>: demo accounts and clients, printed and written as JSON to <c>path</c>.</summary>
public static class DemoSeeder
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<DemoCredentials> RunAsync(IServiceProvider services, string? path, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var scope = services.CreateAsyncScope();
        var credentials = new DemoCredentials(
            await ActivatorUtilities.CreateInstance<DemoAccounts>(scope.ServiceProvider).SeedAsync(),
            await ActivatorUtilities.CreateInstance<DemoClients>(scope.ServiceProvider).SeedAsync()
        );
        foreach (var account in credentials.Accounts)
        {
            await output.WriteLineAsync(
                $"{account.Role, -13} {account.Hub ?? "-", -6} {account.Email, -40} "
                    + $"{account.Password}  {account.TotpSecret}"
            );
        }

        foreach (var client in credentials.Clients)
        {
            await output.WriteLineAsync($"client {client.ClientId, -14} {client.ClientSecret ?? "(public, PKCE)"}");
        }

        if (!string.IsNullOrWhiteSpace(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(credentials, Json));
            await output.WriteLineAsync($"Written to {Path.GetFullPath(path)}");
        }

        return credentials;
    }
}
