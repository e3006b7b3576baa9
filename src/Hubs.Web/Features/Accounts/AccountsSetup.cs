using Microsoft.Extensions.Options;

namespace Hubs.Web.Features.Accounts;

public static class AccountsSetup
{
    public static IServiceCollection AddKeyworkerAccounts(
        this IServiceCollection services,
        IConfiguration configuration
    )
    {
        services
            .AddOptions<AccountsOptions>()
            .Bind(configuration.GetSection(AccountsOptions.Section))
            .PostConfigure(options =>
            {
                var authority = configuration["Oidc:Authority"] is { Length: > 0 } value
                    ? new Uri(value.TrimEnd('/') + "/")
                    : null;
                options.Endpoint ??= authority is null ? null : new Uri(authority, "api/keyworker-accounts");
                options.TokenEndpoint ??= authority is null ? null : new Uri(authority, "connect/token");
                options.ClientId = configuration["Oidc:ClientId"] ?? options.ClientId;
                options.ClientSecret ??= configuration["Oidc:ClientSecret"];
            });
        services.AddSingleton<ServiceTokenCache>();
        services.AddHttpClient<KeyworkerAccounts>(
            (provider, http) => http.Timeout = provider.GetRequiredService<IOptions<AccountsOptions>>().Value.Timeout
        );
        return services;
    }
}
