namespace Hubs.Identity.Features.Admin;

/// <summary>The role and Hub selects, with ids unique to the row they sit in.</summary>
public sealed record RoleAndHubChoices(string IdSuffix, IReadOnlyList<string> Roles, IReadOnlyList<string> Hubs);
