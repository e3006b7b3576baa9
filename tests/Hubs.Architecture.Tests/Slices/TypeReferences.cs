using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Hubs.Architecture.Tests.Slices;

/// <summary>
/// Every type a compiled type names: its signature, attributes and method bodies (IL), so a dependency
/// hidden in a lambda or a fully qualified call counts as much as a <c>using</c> line.
/// </summary>
internal static class TypeReferences
{
    public static IEnumerable<TypeReference> Of(TypeDefinition type)
    {
        var direct = new List<TypeReference?> { type.BaseType };
        direct.AddRange(type.Interfaces.Select(i => i.InterfaceType));
        direct.AddRange(type.CustomAttributes.Select(a => a.AttributeType));
        direct.AddRange(type.Fields.Select(f => f.FieldType));
        direct.AddRange(type.Properties.Select(p => p.PropertyType));
        direct.AddRange(type.Events.Select(e => e.EventType));
        foreach (var method in type.Methods)
        {
            direct.AddRange(Signature(method));
            direct.AddRange(method.CustomAttributes.Select(a => a.AttributeType));
            if (method.HasBody)
            {
                direct.AddRange(method.Body.Variables.Select(v => v.VariableType));
                direct.AddRange(method.Body.Instructions.SelectMany(Operand));
            }
        }

        return direct.OfType<TypeReference>().SelectMany(Expand);
    }

    private static IEnumerable<TypeReference?> Signature(MethodReference method) =>
        [method.DeclaringType, method.ReturnType, .. method.Parameters.Select(p => p.ParameterType)];

    private static IEnumerable<TypeReference?> Operand(Instruction instruction) =>
        instruction.Operand switch
        {
            TypeReference type => [type],
            GenericInstanceMethod generic => [.. Signature(generic), .. generic.GenericArguments],
            MethodReference method => Signature(method),
            FieldReference field => [field.DeclaringType, field.FieldType],
            _ => [],
        };

    private static IEnumerable<TypeReference> Expand(TypeReference type)
    {
        switch (type)
        {
            case GenericParameter:
                yield break;
            case GenericInstanceType generic:
                foreach (var part in generic.GenericArguments.Prepend(generic.ElementType).SelectMany(Expand))
                {
                    yield return part;
                }

                yield break;
            case TypeSpecification specification:
                foreach (var part in Expand(specification.ElementType))
                {
                    yield return part;
                }

                yield break;
            default:
                yield return type;
                yield break;
        }
    }
}
