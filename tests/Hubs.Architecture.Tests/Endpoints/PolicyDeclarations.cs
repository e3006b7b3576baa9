using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Hubs.Architecture.Tests.Endpoints;

/// <summary>
/// Where a host's compiled code (IL) declares an authorization policy for endpoints: each
/// <c>RequireAuthorization</c> call, with the builder it is called on (a group, or one endpoint) and the policy names
/// it passes, and each <c>[Authorize]</c> on a method (a minimal-API handler). A call inside a lambda or a helper
/// counts as much as one in a composition root.
/// </summary>
internal sealed record PolicyDeclaration(string Where, bool OnGroup, IReadOnlyList<string> Policies)
{
    private const string Group = "Microsoft.AspNetCore.Routing.RouteGroupBuilder";

    public static IEnumerable<PolicyDeclaration> In(ModuleDefinition module)
    {
        foreach (var method in module.GetTypes().SelectMany(t => t.Methods))
        {
            if (method.CustomAttributes.Any(a => a.AttributeType.Name == "AuthorizeAttribute"))
            {
                yield return new PolicyDeclaration($"[Authorize] on {Name(method)}", false, []);
            }

            if (!method.HasBody)
            {
                continue;
            }

            foreach (var call in method.Body.Instructions.Where(RequiresAuthorization))
            {
                var builder = ((GenericInstanceMethod)call.Operand).GenericArguments[0].FullName;
                yield return new PolicyDeclaration(
                    $"RequireAuthorization on {builder} in {Name(method)}",
                    builder == Group,
                    PolicyNames(call)
                );
            }
        }
    }

    private static bool RequiresAuthorization(Instruction instruction) =>
        instruction.Operand is GenericInstanceMethod { Name: "RequireAuthorization" } method
        && method.DeclaringType.Name == "AuthorizationEndpointConventionBuilderExtensions";

    /// <summary>The policy names loaded for the call's <c>params string[]</c> (constants are <c>ldstr</c>).</summary>
    private static List<string> PolicyNames(Instruction call)
    {
        var names = new List<string>();
        for (var at = call.Previous; at is not null && at.OpCode.Code != Code.Newarr; at = at.Previous)
        {
            if (at.OpCode.Code == Code.Ldstr)
            {
                names.Add((string)at.Operand);
            }
        }

        return names;
    }

    /// <summary>The method as written: a lambda or async body is compiled into a type nested in its own.</summary>
    private static string Name(MethodDefinition method)
    {
        var type = method.DeclaringType;
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return $"{type.FullName} ({method.Name})";
    }
}
