namespace Hubs.Web.Features.Accounts;

/// <summary>
/// Where Hubs.Web creates keyworkers' accounts (Hubs.Identity) and how it proves it is Hubs.Web: client
/// credentials of the same client that signs people in (<c>Oidc:ClientId</c>, <c>Oidc:ClientSecret</c>).
/// Both addresses default to ones under <c>Oidc:Authority</c>.
/// </summary>
public sealed class AccountsOptions
{
    public const string Section = "Accounts";

    public Uri? Endpoint { get; set; }

    public Uri? TokenEndpoint { get; set; }

    public string ClientId { get; set; } = "hubs-web";

    public string? ClientSecret { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);
}
