using Mono.Cecil;

namespace Hubs.Architecture.Tests.Slices;

/// <summary>
/// The feature slice a type of Hubs.Web belongs to: the top-level folder under <c>Features/</c>
/// (<c>Hubs.Web.Features.Journeys.BookingAppointment</c> → <c>Journeys</c>). Compiled Razor pages are placed by
/// the path of their <c>.cshtml</c> file. Types outside <c>Features/</c> (the host's composition root) have none.
/// </summary>
internal sealed class FeatureModules
{
    private const string Prefix = "Hubs.Web.Features.";
    private readonly Dictionary<string, string> razorNamespaces = [];

    public FeatureModules(ModuleDefinition module)
    {
        var compiledItems = module.Assembly.CustomAttributes.Where(a =>
            a.AttributeType.Name == "RazorCompiledItemAttribute"
        );
        foreach (var item in compiledItems)
        {
            var type = (TypeReference)item.ConstructorArguments[0].Value;
            var path = (string)item.ConstructorArguments[2].Value;
            razorNamespaces[type.FullName] = "Hubs.Web" + Path.GetDirectoryName(path)!.Replace('/', '.');
        }
    }

    public string? Of(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        var ns = razorNamespaces.GetValueOrDefault(type.FullName, type.Namespace);
        if (!ns.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = ns[Prefix.Length..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }
}
