using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Hubs.Identity.Data;

/// <summary>
/// Keeps the Data Protection key ring in the database so that every instance, and every restart,
/// can read the cookies, antiforgery tokens and email links the others issued.
/// </summary>
internal sealed class DbXmlRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDb>();
        return db.DataProtectionKeys.Select(key => key.Xml).AsEnumerable().Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDb>();
        db.DataProtectionKeys.Add(
            new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) }
        );
        db.SaveChanges();
    }
}
