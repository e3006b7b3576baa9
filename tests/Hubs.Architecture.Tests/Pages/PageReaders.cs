using System.Runtime.CompilerServices;
using Mono.Cecil;

namespace Hubs.Architecture.Tests.Pages;

/// <summary>
/// The readers a page calls: the methods of Web's own types (not page models) that a page model's code calls directly,
/// each read with its async state machine, where an async method's body is compiled. The write path, which takes the
/// page's decision (a <c>Func</c> handed the journey), is not a reader.
/// </summary>
internal static class PageReaders
{
    public static IEnumerable<MethodDefinition> CalledBy(
        IEnumerable<TypeDefinition> page,
        ISet<TypeDefinition> pages
    ) =>
        page.SelectMany(t => t.Methods)
            .Where(m => m.HasBody)
            .SelectMany(m => m.Body.Instructions)
            .Select(i => i.Operand)
            .OfType<MethodReference>()
            .Where(m => m.DeclaringType.Scope is ModuleDefinition)
            .Select(m => m.Resolve())
            .Where(m => m is not null && !pages.Contains(Outermost(m.DeclaringType)) && !TakesADecision(m))
            .Distinct();

    /// <summary>Where a reader gets hold of the journey: in its own body or, async, in its state machine.</summary>
    public static IEnumerable<string> JourneyHeldBy(MethodDefinition reader)
    {
        var machine = reader
            .CustomAttributes.Where(a => a.AttributeType.FullName == typeof(AsyncStateMachineAttribute).FullName)
            .Select(a => a.ConstructorArguments[0].Value)
            .OfType<TypeReference>()
            .Select(t => t.Resolve())
            .FirstOrDefault();
        return JourneyHolders.In(reader).Concat(machine is null ? [] : JourneyHolders.In(machine));
    }

    private static TypeDefinition Outermost(TypeDefinition type) =>
        type.DeclaringType is null ? type : Outermost(type.DeclaringType);

    private static bool TakesADecision(MethodDefinition method) =>
        method.Parameters.Any(p =>
            p.ParameterType is GenericInstanceType { ElementType.Namespace: "System" } function
            && function.ElementType.Name.StartsWith("Func`", StringComparison.Ordinal)
            && function.GenericArguments.Any(a => a.FullName == JourneyHolders.Journey)
        );
}
