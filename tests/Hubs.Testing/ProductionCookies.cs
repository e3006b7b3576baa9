using Xunit;

namespace Hubs.Testing;

/// <summary>
/// What a Production host's cookies must be: Secure (never sent over plain HTTP), HttpOnly (no script reads them) and
/// SameSite Lax or Strict (not sent on another site's forms), whichever cookie it is.
/// </summary>
public static class ProductionCookies
{
    /// <summary>The response's cookies; fails when it sets none or any lacks one of the attributes.</summary>
    public static IReadOnlyList<string> AssertSafe(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.True(response.Headers.TryGetValues("Set-Cookie", out var values), "no cookie was set");
        var cookies = values.ToList();
        Assert.All(cookies, cookie =>
        {
            var attributes = cookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
            Assert.Contains("secure", attributes);
            Assert.Contains("httponly", attributes);
            Assert.Contains(attributes, a => a is "samesite=lax" or "samesite=strict");
        });
        return cookies;
    }
}
