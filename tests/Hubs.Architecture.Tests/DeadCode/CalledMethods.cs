using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Hubs.Architecture.Tests.DeadCode;

/// <summary>
/// The methods of a module that its own code calls or takes as a delegate (IL <c>call</c>, <c>callvirt</c>,
/// <c>newobj</c>, <c>ldftn</c>), lambdas and local functions included, each as its definition; and the names it loads
/// as strings, which reflection may call a method by (<c>GetMethod(nameof(Bind))</c>).
/// </summary>
internal static class CalledMethods
{
    public static (HashSet<MethodDefinition> Called, HashSet<string> Named) In(IEnumerable<TypeDefinition> types)
    {
        var called = new HashSet<MethodDefinition>();
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var method in types.SelectMany(t => t.Methods).Where(m => m.HasBody))
        {
            foreach (var instruction in method.Body.Instructions)
            {
                if (instruction.Operand is MethodReference reference && Own(reference, method.Module) is { } target)
                {
                    called.Add(target);
                }
                else if (instruction.OpCode == OpCodes.Ldstr)
                {
                    named.Add((string)instruction.Operand);
                }
            }
        }

        return (called, named);
    }

    /// <summary>Names the compiler makes up (lambdas, local functions, state machines) hold angle brackets.</summary>
    public static bool IsGenerated(string name) => name.Contains('<', StringComparison.Ordinal);

    private static MethodDefinition? Own(MethodReference reference, ModuleDefinition module)
    {
        var element = reference.GetElementMethod();
        var scope = element.DeclaringType.GetElementType().Scope;
        return scope == module || scope == module.Assembly.Name ? element.Resolve() : null;
    }
}
