using System.Reflection;
using Mono.Cecil;

namespace Hubs.Architecture.Tests.Slices;

/// <summary>
/// One write path: only <c>Kernel/StreamAppend</c> fetches a stream for writing and only it catches Marten's
/// concurrency error, so every page and endpoint (the keyworker's, the clinician's, the peer supporter's) gets the
/// same visibility check, version handling and answers, and a stale write never reveals a stream the caller may not
/// see. A page or endpoint that writes by its own route fails here.
/// </summary>
public sealed class OneWritePathTests
{
    private const string TheWritePath = "Hubs.Web.Features.Kernel.StreamAppend";

    [Fact]
    public void Only_the_kernel_fetches_a_stream_for_writing_or_catches_a_concurrency_error()
    {
        using var module = ModuleDefinition.ReadModule(Assembly.Load("Hubs.Web").Location);
        var methods = module.GetTypes().SelectMany(t => t.Methods).Where(m => m.HasBody).ToList();

        var fetches = methods.Where(m => m.Body.Instructions.Any(i => FetchesForWriting(i.Operand))).Select(Owner);
        var catches = methods
            .Where(m => m.Body.ExceptionHandlers.Any(h => h.CatchType?.Name == "ConcurrencyException"))
            .Select(Owner);

        Assert.Empty(fetches.Concat(catches).Where(owner => owner != TheWritePath).Distinct());
    }

    private static bool FetchesForWriting(object? operand) =>
        operand is MethodReference { Name: "FetchForWriting" or "FetchForExclusiveWriting" };

    /// <summary>The type a method was written in (an async method or lambda compiles into a nested type).</summary>
    private static string Owner(MethodDefinition method)
    {
        var type = method.DeclaringType;
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type.FullName;
    }
}
