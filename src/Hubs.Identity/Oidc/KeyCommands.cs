using System.Globalization;

namespace Hubs.Identity.Oidc;

/// <summary>The operator commands of ops/runbooks/rotate-oidc-keys.md.</summary>
internal static class KeyCommands
{
    /// <summary>
    /// <c>rotate-keys [hours]</c>: a new pair, published now, signing after <c>hours</c> (default 24).
    /// </summary>
    public static async Task RotateAsync(IServiceProvider services, string[] arguments, TextWriter output)
    {
        var hours = arguments is [var value, ..] ? double.Parse(value, CultureInfo.InvariantCulture) : 24;
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OidcKeyStore>().RotateAsync(TimeSpan.FromHours(hours));
        await output.WriteLineAsync("New signing and encryption keys stored; they sign from " + $"{DateTimeOffset.UtcNow.AddHours(hours):u}. Restart every Identity instance.");
    }

    /// <summary><c>retire-keys</c>: stop publishing and accepting every key older than the newest pair.</summary>
    public static async Task RetireAsync(IServiceProvider services, TextWriter output)
    {
        await using var scope = services.CreateAsyncScope();
        var retired = await scope.ServiceProvider.GetRequiredService<OidcKeyStore>().RetireOlderThanNewestAsync();
        await output.WriteLineAsync($"{retired} older key(s) retired. Restart every Identity instance.");
    }
}
