using Hubs.Architecture.Tests.Projects;
using Mono.Cecil;

namespace Hubs.Architecture.Tests.DeadCode;

/// <summary>
/// Every static method Insights declares is called by Insights itself: a computation kept only so that a test can
/// compare against it belongs in the test project (as the old per-journey journey tables now are, beside
/// JourneyCellsTests), not in the service. Calls the runtime makes for us do not count as unused: a static interface
/// member (a consumer's Effect), the entry point, operators and accessors, a method called by its name.
/// </summary>
public sealed class UncalledMethodTests
{
    [Fact]
    public void Every_static_method_of_Insights_is_called_from_Insights()
    {
        using var module = ModuleDefinition.ReadModule(HostAssembly.Path("Hubs.Insights"));
        var types = module.Types.SelectMany(Nested).ToList();
        var (called, named) = CalledMethods.In(types);
        var byInterface = types
            .Where(t => t.IsInterface)
            .SelectMany(t => t.Methods)
            .Where(m => m.IsStatic)
            .Select(m => m.Name)
            .ToHashSet(StringComparer.Ordinal);

        var uncalled = types
            .Where(t => !CalledMethods.IsGenerated(t.Name))
            .SelectMany(t => t.Methods)
            .Where(m => m.IsStatic && !m.IsSpecialName && !m.IsConstructor && !CalledMethods.IsGenerated(m.Name))
            .Where(m => m.Name != "Main" && !byInterface.Contains(m.Name))
            .Where(m => !called.Contains(m) && !named.Contains(m.Name))
            .Select(m => $"{m.DeclaringType.FullName}.{m.Name}")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(
            uncalled.Count == 0,
            "Static methods nothing in Insights calls:\n  " + string.Join("\n  ", uncalled)
        );
    }

    private static IEnumerable<TypeDefinition> Nested(TypeDefinition type) =>
        type.NestedTypes.SelectMany(Nested).Prepend(type);
}
