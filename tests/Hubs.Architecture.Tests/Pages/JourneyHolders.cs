using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Hubs.Architecture.Tests.Pages;

/// <summary>
/// Where a compiled page model gets hold of the write-side journey: a field, property or local of that type, a method
/// of its own that returns one, or a call that hands one back (a Marten load or query of it, a door that returns
/// it, a base page's property). A decision callback handed to the write path takes the journey as its parameter
/// and gets it from there, so parameters do not count.
/// </summary>
internal static class JourneyHolders
{
    public const string Journey = "Hubs.Web.Features.Journeys.Journey";

    public static IEnumerable<string> In(TypeDefinition type)
    {
        foreach (var field in type.Fields.Where(f => Holds(f.FieldType)))
        {
            yield return $"field {field.Name}";
        }

        foreach (var property in type.Properties.Where(p => Holds(p.PropertyType)))
        {
            yield return $"property {property.Name}";
        }

        foreach (var where in type.Methods.SelectMany(In))
        {
            yield return where;
        }
    }

    /// <summary>Where a method gets hold of the journey: returns one, keeps one in a local or calls for one.</summary>
    public static IEnumerable<string> In(MethodDefinition method)
    {
        if (Holds(method.ReturnType))
        {
            yield return $"method {method.Name} returns it";
        }

        if (!method.HasBody)
        {
            yield break;
        }

        if (method.Body.Variables.Any(v => Holds(v.VariableType)))
        {
            yield return $"a local of {method.Name}";
        }

        foreach (
            var called in method
                .Body.Instructions.Select(i => i.Operand)
                .OfType<MethodReference>()
                .Where(m => Holds(m.ReturnType))
        )
        {
            yield return $"{method.Name} calls {called.DeclaringType.Name}.{called.Name}";
        }
    }

    private static bool Holds(TypeReference type) =>
        type switch
        {
            GenericParameter => false,
            // A decision (Func<Journey, Decision>) is handed the journey by the write path; holding it holds no
            // journey.
            GenericInstanceType { ElementType.Namespace: "System" } function
                when function.ElementType.Name.StartsWith("Func`", StringComparison.Ordinal) => false,
            GenericInstanceType generic => Holds(generic.ElementType) || generic.GenericArguments.Any(Holds),
            TypeSpecification specification => Holds(specification.ElementType),
            _ => type.FullName == Journey,
        };
}
