using Hubs.Testing;

namespace Hubs.Web.Tests.Operations;

/// <summary>Web's one-shot commands as an operator runs them: a separate process, Production settings.</summary>
public static class WebCommand
{
    public static async Task<string> RunAsync(
        WebHostFixture web,
        string[] arguments,
        Dictionary<string, string>? settings = null
    ) =>
        await Shell.RunAsync(
            "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "Hubs.Web.dll"), .. arguments],
            Environment(web, settings),
            OneShot.Within
        );

    /// <summary>
    /// The same command, started and left running (to cut it off midway); the caller waits for or kills it.
    /// </summary>
    public static System.Diagnostics.Process Start(
        WebHostFixture web,
        string[] arguments,
        Dictionary<string, string>? settings = null
    )
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "Hubs.Web.dll"), .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in Environment(web, settings))
        {
            start.Environment[key] = value;
        }

        var process = System.Diagnostics.Process.Start(start)
            ?? throw new InvalidOperationException("Could not start Hubs.Web.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static Dictionary<string, string> Environment(WebHostFixture web, Dictionary<string, string>? settings)
    {
        ArgumentNullException.ThrowIfNull(web);
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Clinical"] = web.Database.Clinical,
            ["RabbitMq__Uri"] = web.VirtualHost.Uri.ToString(),
            ["Pseudonymisation__Key"] = Convert.ToBase64String(
                System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)
            ),
            ["DataKeys__MasterKey"] = HubsSettings.DataMasterKey,
            ["Oidc__Authority"] = Hubs.Testing.Auth.TestIssuer.Shared.Authority.ToString(),
        };
        foreach (var (key, value) in settings ?? [])
        {
            environment[key] = value;
        }

        return environment;
    }
}
