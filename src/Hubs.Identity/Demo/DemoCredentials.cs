namespace Hubs.Identity.Demo;

/// <summary>What <c>seed-demo</c> writes to its JSON file (e.g. .hubs/demo-credentials.json).</summary>
public sealed record DemoCredentials(IReadOnlyList<DemoAccount> Accounts, IReadOnlyList<DemoClient> Clients);

public sealed record DemoAccount(
    string Role,
    string? Hub,
    string Email,
    string Password,
    string? TotpSecret,
    string Subject
);

public sealed record DemoClient(
    string ClientId,
    string? ClientSecret,
    string Type,
    IReadOnlyList<string> GrantTypes,
    IReadOnlyList<string> Scopes,
    IReadOnlyList<string> RedirectUris
);
