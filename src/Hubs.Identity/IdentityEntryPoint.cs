namespace Hubs.Identity;

/// <summary>A public type in the Identity host's assembly, for test hosts (WebApplicationFactory).</summary>
public sealed class IdentityEntryPoint;
