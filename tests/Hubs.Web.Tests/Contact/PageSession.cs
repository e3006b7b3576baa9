using System.Security.Claims;
using Hubs.Testing.Auth;
using Hubs.Testing.Browser;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.Contact;

/// <summary>
/// Starts a page session in the browser for <see cref="TestPrincipal"/>, as the host's cookie handler would
/// after an OpenID Connect sign-in: the same claims, protected with the host's own keys. A stand-in until the
/// browser sign-in helper against the real Hubs.Identity is available to these tests.
/// </summary>
public static class PageSession
{
    public static async Task SignInAsync(this BrowserPage page, IServiceProvider services, TestPrincipal who)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(who);
        var claims = new List<Claim> { new("sub", who.Subject.ToString()) };
        claims.AddRange(who.Roles.Select(role => new Claim("role", role)));
        claims.AddRange(who.Hubs.Select(hub => new Claim("hub", hub)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, "oidc", "sub", "role"));
        var options = services
            .GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(CookieAuthenticationDefaults.AuthenticationScheme);
        var ticket = new AuthenticationTicket(
            principal,
            new AuthenticationProperties(),
            CookieAuthenticationDefaults.AuthenticationScheme
        );
        await page.Page.Context.AddCookiesAsync([
            new Cookie
            {
                Name = options.Cookie.Name!,
                Value = options.TicketDataFormat.Protect(ticket),
                Url = page.Origin.ToString(),
                HttpOnly = true,
            },
        ]);
    }
}
