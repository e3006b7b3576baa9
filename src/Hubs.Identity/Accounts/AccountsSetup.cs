using Hubs.Identity.Data;
using Hubs.Identity.Email;
using Hubs.ServiceDefaults.Auth;
using Hubs.ServiceDefaults.Email;
using Microsoft.AspNetCore.Identity;

namespace Hubs.Identity.Accounts;

internal static class AccountsSetup
{
    public static WebApplicationBuilder AddHubsAccounts(this WebApplicationBuilder builder)
    {
        builder
            .Services.AddIdentity<HubsUser, IdentityRole>(options =>
            {
                // Length and a deny-list, no composition rules (NIST SP 800-63B).
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                // The user name is the email address, which Identity validates as such (o'brien@… is valid).
                options.User.AllowedUserNameCharacters = string.Empty;
                options.SignIn.RequireConfirmedEmail = true;
                options.ClaimsIdentity.UserIdClaimType = "sub";
                options.ClaimsIdentity.RoleClaimType = "role";
                options.Tokens.AuthenticatorTokenProvider = OneTimeTotpTokenProvider.Name;
            })
            .AddEntityFrameworkStores<IdentityDb>()
            .AddUserStore<HubsUserStore>()
            .AddSignInManager<HubsSignInManager>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OneTimeTotpTokenProvider>(OneTimeTotpTokenProvider.Name)
            .AddPasswordValidator<DenyListPasswordValidator>();
        builder.Services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.FromMinutes(1);
            // The refreshed session is the same sign-in: it keeps when and how the person signed in.
            options.OnRefreshingPrincipal = context =>
                SessionClaims.CarryOver(context.CurrentPrincipal, context.NewPrincipal);
        });
        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "hubs.identity";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = HubsCookies.Secure(builder.Environment);
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/connect/endsession";
            options.AccessDeniedPath = "/account/denied";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        builder.Services.ConfigureExternalCookie(options =>
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest
        );
        builder.Services.AddScoped<HubsRoleSeeder>();
        builder.Services.AddScoped<PasswordSignIn>();
        builder.Services.AddSingleton<SealedAuthenticatorKeys>();
        builder.Services.AddScoped<AccountEmails>();
        builder.Services.AddSingleton<EmailOutbox>();
        builder.Services.AddHostedService<EmailOutboxSender>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddHubsEmail(builder.Configuration);
        return builder;
    }
}
