namespace Hubs.Identity.Data;

/// <summary>
/// An ASP.NET Core Data Protection key (cookies, antiforgery, Identity tokens) shared by all instances.
/// </summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }

    public required string FriendlyName { get; set; }

    public required string Xml { get; set; }
}
