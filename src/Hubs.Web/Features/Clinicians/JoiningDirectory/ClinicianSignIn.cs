using Marten;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Hubs.Web.Features.Clinicians.JoiningDirectory;

/// <summary>
/// Hooks <see cref="ClinicianJoining"/> into Web's page sign-in: once Identity's tokens are validated, a clinician
/// without a profile gets one. Nothing is kept in memory, so any replica can take any sign-in.
/// </summary>
public static class ClinicianSignIn
{
    public static IServiceCollection AddClinicianSignIn(this IServiceCollection services) =>
        services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options =>
        {
            var earlier = options.Events.OnTokenValidated;
            options.Events.OnTokenValidated = async context =>
            {
                await earlier(context);
                if (context.Principal is { } user)
                {
                    var services = context.HttpContext.RequestServices;
                    await ClinicianJoining.EnsureAsync(
                        services.GetRequiredService<IDocumentSession>(),
                        user,
                        services.GetRequiredService<TimeProvider>().GetUtcNow(),
                        context.HttpContext.RequestAborted
                    );
                }
            };
        });
}
