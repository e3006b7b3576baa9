using Microsoft.Extensions.Primitives;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hubs.Identity.Oidc;

/// <summary>
/// Refuses an OAuth request whose parameters carry a control character (a NUL cannot even be stored in
/// PostgreSQL text), before any of them is looked up: <c>invalid_request</c>, never a 500.
/// </summary>
internal static class ControlCharacterParameters
{
    /// <summary>Before every built-in validation, so no client, scope or token lookup sees the value.</summary>
    public const int Order = int.MinValue + 100_000;

    public static ValueTask RejectAsync<TContext>(TContext context)
        where TContext : OpenIddictServerEvents.BaseValidatingContext
    {
        var bad = context
            .Transaction.Request?.GetParameters()
            .FirstOrDefault(parameter =>
                parameter.Key.Any(char.IsControl)
                || ((StringValues)parameter.Value).Any(value => value?.Any(char.IsControl) == true)
            );
        if (bad is { Key: { } name })
        {
            context.Reject(Errors.InvalidRequest, $"The '{Printable(name)}' parameter contains a control character.");
        }

        return ValueTask.CompletedTask;
    }

    private static string Printable(string name) => new([.. name.Where(character => !char.IsControl(character))]);
}
