using Microsoft.AspNetCore.Http;

namespace Hubs.ServiceDefaults.RateLimiting;

/// <summary>Ways a host names the account a limited request acts on (<see cref="SharedRateLimit.Account"/>).</summary>
public static class RateLimitAccounts
{
    /// <summary>
    /// A field of the posted form, trimmed and upper-cased as ASP.NET Core Identity normalises names and emails
    /// (so "Ann@x" and " ann@X" are one account); null when absent or the form cannot be read (the endpoint
    /// then answers that form as it would anyway, and the request is still counted for its address).
    /// </summary>
    public static async ValueTask<string?> FormFieldAsync(HttpContext context, string field)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.HasFormContentType)
        {
            return null;
        }

        try
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            return Normalise(form[field].ToString());
        }
        catch (Exception unreadable) when (unreadable is InvalidDataException or BadHttpRequestException or IOException)
        {
            return null;
        }
    }

    public static string? Normalise(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : name.Trim().ToUpperInvariant();
}
