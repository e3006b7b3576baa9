using Hubs.Identity.Accounts;
using Hubs.Identity.Features.Account;
using Hubs.Identity.Staff;
using Microsoft.AspNetCore.RateLimiting;

namespace Hubs.Identity.Features;

/// <summary>
/// The sign-in, account and staff-admin pages: rooted at <c>Features/</c>, the account forms rate limited,
/// the admin folder behind its policy (the forms' antiforgery cookie is every host's: HubsCookies).
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
        builder.Services.AddAuthorizationBuilder().AddPolicy(AdminPolicy.Name, AdminPolicy.Build);
        builder.Services.AddScoped<StaffAdministration>();
        builder.Services.AddScoped<RegistrationOffer>();
        return builder;
    }
}
