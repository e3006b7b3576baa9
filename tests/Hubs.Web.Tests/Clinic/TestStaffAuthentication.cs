using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hubs.Web.Tests.Clinic;

/// <summary>
/// Page-model tests sign staff in without an identity provider: the header <c>X-Test-Staff</c>
/// ("sub;role;hub") becomes the same claims a Hubs token carries. Only ever registered by the test host.
/// </summary>
public sealed class TestStaffAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "test-staff";
    public const string Header = "X-Test-Staff";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var value = Request.Headers[Header].ToString();
        if (value.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var parts = value.Split(';');
        var claims = new List<Claim> { new("sub", parts[0]), new("role", parts[1]) };
        claims.AddRange(parts.Skip(2).Select(hub => new Claim("hub", hub)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, "sub", "role"));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
