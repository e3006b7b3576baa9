using Hubs.Identity.Accounts;
using Hubs.Identity.Features.Account;
using Hubs.Identity.Staff;
using Microsoft.AspNetCore.RateLimiting;

namespace Hubs.Identity.Features;

/// <summary>
/// The sign-in, account and staff-admin pages: rooted at <c>Features/</c>, the account forms rate limited,
/// the admin folder behind its policy, the antiforgery cookie Secure outside Development.
/// </summary>
internal static class IdentityPagesSetup
{
    public static WebApplicationBuilder AddIdentityPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Features";
            options.Conventions.AddFolderApplicationModelConvention("/Account", page =>
                page.EndpointMetadata.Add(new EnableRateLimitingAttribute(AccountRateLimits.Forms))
            );
            options.Conventions.AuthorizeFolder("/Admin", AdminPolicy.Name);
        });
        // Plain HTTP only in Development; elsewhere the forms' antiforgery cookie is Secure like every other cookie
        // (behind a proxy that ends TLS a request is https once the proxy is trusted, see deploy/README.md).
        builder.Services.AddAntiforgery(options =>
            options.Cookie.SecurePolicy = builder.Environment.IsDevelopment()
                ? CookieSecurePolicy.SameAsRequest
                : CookieSecurePolicy.Always
        );
        builder.Services.AddAuthorizationBuilder().AddPolicy(AdminPolicy.Name, AdminPolicy.Build);
        builder.Services.AddScoped<StaffAdministration>();
        builder.Services.AddScoped<RegistrationOffer>();
        return builder;
    }
}
